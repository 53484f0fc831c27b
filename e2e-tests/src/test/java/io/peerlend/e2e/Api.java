package io.peerlend.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.peerlend.infra.Platform;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/** A small HTTP client for the gateway and Keycloak: real requests, real tokens. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    /** What a borrower declares on an application besides amount, term and purpose. */
    static final String DECLARATIONS = """
            "finances": {"netIncome": "3200.00", "outgoings": "1400.00", "debtRepayments": "120.00"},
             "circumstances": {"currentAccount": "HEALTHY", "creditHistory": "EXISTING_REPAID_ON_TIME",
               "savings": "MODERATE", "employmentStatus": "EMPLOYED", "employmentYears": 5, "property": "HOME",
               "age": 41, "otherInstalmentPlans": "NONE", "housing": "OWN", "existingCredits": 1}""";
    /** HTTP/1.1 as browsers speak it over plain http (no h2c upgrade attempts). */
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final Platform platform;

    Api(Platform platform) {
        this.platform = platform;
    }

    /** A user's access token from Keycloak through the development password grant. */
    String tokenFor(String username) {
        return tokenFor(username, username);
    }

    String tokenFor(String username, String password) {
        return token(Map.of(
                "client_id",
                "peerlend-dev-cli",
                "grant_type",
                "password",
                "username",
                username,
                "password",
                password,
                "scope",
                "openid"));
    }

    String token(Map<String, String> form) {
        return tokenAt(URI.create(platform.issuerUri() + "/protocol/openid-connect/token"), form);
    }

    /** Keycloak's answer to a token request, whatever it is. */
    Response tokenResponse(Map<String, String> form) {
        return tokenResponseAt(URI.create(platform.issuerUri() + "/protocol/openid-connect/token"), form);
    }

    private Response tokenResponseAt(URI tokenEndpoint, Map<String, String> form) {
        return send(HttpRequest.newBuilder(tokenEndpoint)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&")))));
    }

    String tokenAt(URI tokenEndpoint, Map<String, String> form) {
        Response response = tokenResponseAt(tokenEndpoint, form);
        if (response.status() != 200) {
            throw new IllegalStateException("no token: " + response.status() + " " + response.body());
        }
        return response.json().get("access_token").asText();
    }

    Response get(String path, String token) {
        return getAt(platform.gatewayUrl() + path, token);
    }

    /** A GET to any address, e.g. a service directly, bypassing the gateway. */
    Response getAt(String url, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    Response post(String path, String token, String json) {
        return post(path, token, json, Map.of());
    }

    Response post(String path, String token, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    Response put(String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    Response delete(String path, String token) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + path)).DELETE();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    /** Any method to any address (a JSON body for methods that carry one), for the authorization matrix. */
    Response request(String method, String url, String token, String json, Map<String, String> headers) {
        HttpRequest.BodyPublisher body =
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).method(method, body);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response =
                    HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return new Response(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("X-Correlation-Id").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The claims of a JWT, read without checking it (the services check it). */
    static JsonNode claims(String jwt) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    record Response(int status, String body, String contentType, String correlationId) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (" + status + "): " + body, e);
            }
        }
    }
}
