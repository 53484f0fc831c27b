package io.peerlend.platform.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 as RFC 9457 problems, like every other error the platform returns. */
final class ProblemJsonSecurityHandlers {

    private ProblemJsonSecurityHandlers() {}

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, ex) ->
                write(response, 401, "Unauthorized", "A valid bearer token from the peerlend realm is required.", ex);
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, ex) ->
                write(response, 403, "Forbidden", "Your role does not allow this request.", ex);
    }

    private static void write(HttpServletResponse response, int status, String title, String detail, Exception ex)
            throws IOException {
        if (status == 401) {
            String error = ex instanceof AuthenticationException && ex.getMessage() != null ? "invalid_token" : "";
            response.setHeader("WWW-Authenticate", error.isEmpty() ? "Bearer" : "Bearer error=\"" + error + "\"");
        }
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
                        + detail + "\"}");
    }
}
