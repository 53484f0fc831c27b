package io.peerlend.platform.web;

import io.peerlend.platform.words.Sentences;
import io.peerlend.platform.words.Words;
import java.util.List;
import java.util.Locale;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * A problem in the reader's language: when the request asks for Chinese ({@code Accept-Language: zh-CN}), the title,
 * the detail and each field's message are said in Chinese where a template knows them: the service's own
 * {@code problems*.properties}, then the platform's {@code platform-problems*.properties} (the common validation
 * messages). The code throws its rules in English; a sentence no template knows stays English. Field names, types
 * and status codes are the same in either language.
 */
@RestControllerAdvice
public class ProblemWording implements ResponseBodyAdvice<Object> {

    private static final Sentences SENTENCES = Sentences.of("problems", "platform-problems");

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(
            Object body,
            MethodParameter returnType,
            MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        if (!(body instanceof ProblemDetail problem)) {
            return body;
        }
        Locale reader = reader(request);
        if (!Words.chinese(reader)) {
            return body;
        }
        problem.setTitle(SENTENCES.say(problem.getTitle(), reader));
        problem.setDetail(SENTENCES.say(problem.getDetail(), reader));
        if (problem.getProperties() != null && problem.getProperties().get("errors") instanceof List<?> errors) {
            problem.setProperty(
                    "errors",
                    errors.stream()
                            .map(e -> e instanceof FieldError f
                                    ? new FieldError(f.field(), SENTENCES.say(f.message(), reader))
                                    : e)
                            .toList());
        }
        return problem;
    }

    private static Locale reader(ServerHttpRequest request) {
        try {
            List<Locale> asked = request.getHeaders().getAcceptLanguageAsLocales();
            return asked.isEmpty() ? Words.ENGLISH : asked.get(0);
        } catch (IllegalArgumentException malformed) {
            return Words.ENGLISH;
        }
    }
}
