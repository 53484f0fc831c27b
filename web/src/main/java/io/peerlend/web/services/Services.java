package io.peerlend.web.services;

import io.peerlend.lending.api.http.LoanCalculation;
import io.peerlend.lending.api.http.LoanCalculationRequest;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's services as the web client calls them: each with the signed-in user's own access token (the
 * services check it and the user's roles themselves), never a token of the web client's. A service's
 * {@code application/problem+json} answer comes back as {@link Rejected} with its field errors.
 */
@Component
public class Services {

    /** The service refused the request (4xx): its explanation (the problem's detail, else title) and each field's. */
    public static class Rejected extends RuntimeException {
        private final int status;
        private final List<FieldError> errors;

        public Rejected(int status, String title, List<FieldError> errors) {
            super(title);
            this.status = status;
            this.errors = errors;
        }

        public int status() {
            return status;
        }

        public List<FieldError> errors() {
            return errors;
        }
    }

    public record FieldError(String field, String message) {}

    /** The services pages call. */
    public enum Service {
        LENDING,
        KYC,
        DISCLOSURE
    }

    private final RestClient lending;
    private final RestClient kyc;
    private final RestClient disclosure;
    private final JsonMapper json = JsonMapper.builder().build();

    Services(
            RestClient.Builder http,
            @Value("${peerlend.services.lending}") String lendingUrl,
            @Value("${peerlend.services.kyc}") String kycUrl,
            @Value("${peerlend.services.disclosure}") String disclosureUrl) {
        this.lending = client(http, lendingUrl);
        this.kyc = client(http, kycUrl);
        this.disclosure = client(http, disclosureUrl);
    }

    /** The public loan calculator (no login). */
    public LoanCalculation calculate(LoanCalculationRequest request) {
        return lending.post()
                .uri("/public/loan-calculator")
                .contentType(MediaType.APPLICATION_JSON)
                .body(request)
                .retrieve()
                .body(LoanCalculation.class);
    }

    /** A JSON answer of the lending service, as the signed-in user. */
    public JsonNode lending(String path, OAuth2AuthorizedClient user) {
        return lending.get()
                .uri(path)
                .headers(h -> h.setBearerAuth(user.getAccessToken().getTokenValue()))
                .retrieve()
                .body(JsonNode.class);
    }

    /** The same, for a path with variables (each encoded as a path segment): {@code /api/lending/loans/{id}}. */
    public JsonNode lending(String template, OAuth2AuthorizedClient user, Object... variables) {
        return get(Service.LENDING, template, user, variables);
    }

    /**
     * Sends a request that may move money to the lending service, as the signed-in user, with the form's idempotency
     * key: the form is rendered with a fresh key, so a double submit or a retry after a lost answer moves money once.
     */
    public JsonNode postLending(String path, Object body, String idempotencyKey, OAuth2AuthorizedClient user) {
        return post(Service.LENDING, path, body, idempotencyKey, user);
    }

    /** A JSON answer of a service, as the signed-in user; variables are encoded as path segments. */
    public JsonNode get(Service service, String template, OAuth2AuthorizedClient user, Object... variables) {
        return of(service)
                .get()
                .uri(template, variables)
                .headers(h -> h.setBearerAuth(user.getAccessToken().getTokenValue()))
                .retrieve()
                .body(JsonNode.class);
    }

    /**
     * Posts to a service as the signed-in user; {@code idempotencyKey} (may be null) for a request that moves money.
     * The path is used as given: callers encode what they put in it.
     */
    public JsonNode post(
            Service service, String path, Object body, String idempotencyKey, OAuth2AuthorizedClient user) {
        return of(service)
                .post()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .headers(h -> {
                    h.setBearerAuth(user.getAccessToken().getTokenValue());
                    if (idempotencyKey != null) {
                        h.set("Idempotency-Key", idempotencyKey);
                    }
                })
                .retrieve()
                .body(JsonNode.class);
    }

    /** Puts a whole resource (a rule, a setting) as the signed-in user. */
    public JsonNode put(Service service, String path, Object body, OAuth2AuthorizedClient user) {
        return of(service)
                .put()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .headers(h -> h.setBearerAuth(user.getAccessToken().getTokenValue()))
                .retrieve()
                .body(JsonNode.class);
    }

    /** Deletes (cancels) a resource as the signed-in user. */
    public void delete(Service service, String path, OAuth2AuthorizedClient user) {
        of(service)
                .delete()
                .uri(path)
                .headers(h -> h.setBearerAuth(user.getAccessToken().getTokenValue()))
                .retrieve()
                .toBodilessEntity();
    }

    private RestClient of(Service service) {
        return switch (service) {
            case LENDING -> lending;
            case KYC -> kyc;
            case DISCLOSURE -> disclosure;
        };
    }

    /** A JSON answer of the disclosure service, as the signed-in user. */
    public JsonNode disclosure(String path, OAuth2AuthorizedClient user) {
        return disclosure
                .get()
                .uri(path)
                .headers(h -> h.setBearerAuth(user.getAccessToken().getTokenValue()))
                .retrieve()
                .body(JsonNode.class);
    }

    private RestClient client(RestClient.Builder http, String baseUrl) {
        // a page waits for a service a few seconds at most: then it says the service is unavailable (ErrorPages)
        JdkClientHttpRequestFactory timeouts = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build());
        timeouts.setReadTimeout(Duration.ofSeconds(10));
        return http.clone()
                .baseUrl(baseUrl)
                .requestFactory(timeouts)
                // the page's language goes with every call, so a service words what it says for the reader (the quote's
                // pre-contract information, the customer's notices) in the same language as the page
                .requestInterceptor((request, body, execution) -> {
                    request.getHeaders().setAcceptLanguageAsLocales(List.of(LocaleContextHolder.getLocale()));
                    return execution.execute(request, body);
                })
                .defaultStatusHandler(HttpStatusCode::is4xxClientError, (request, response) -> {
                    throw rejected(
                            response.getStatusCode().value(), response.getBody().readAllBytes());
                })
                .build();
    }

    private Rejected rejected(int status, byte[] body) {
        List<FieldError> errors = new ArrayList<>();
        String title = "The request was refused";
        try {
            JsonNode problem = json.readTree(body);
            title = problem.path("detail").asString(problem.path("title").asString(title));
            for (JsonNode e : problem.path("errors")) {
                errors.add(new FieldError(
                        e.path("field").asString(""), e.path("message").asString("")));
            }
        } catch (RuntimeException notJson) {
            // keep the generic title: the body was not a problem document
        }
        return new Rejected(status, title, errors);
    }

    /** The messages by field, for a form to show beside each input. */
    public static Map<String, String> byField(List<FieldError> errors) {
        return errors.stream()
                .collect(Collectors.toMap(FieldError::field, FieldError::message, (a, b) -> a + "; " + b));
    }
}
