package io.peerlend.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * Which other web origins may call the API from a browser (CORS): only those named in {@code
 * peerlend.gateway.cors.allowed-origins}, each exactly (no wildcard, no pattern), and only for the API and the public
 * reports, never the web client's pages. None by default: the web client is served from the gateway's own origin and
 * needs none, and native apps are not browsers. Bearer tokens, not cookies, so credentials are never allowed.
 */
final class CrossOriginRules {

    static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
    /** What an API call sends besides the simple headers: its token, JSON, its idempotency key and trace context. */
    static final List<String> REQUEST_HEADERS =
            List.of("Authorization", "Content-Type", "Idempotency-Key", "X-Correlation-Id", "traceparent");
    /** What a caller's script may read from an answer: where a new resource is and how to retry. */
    static final List<String> RESPONSE_HEADERS = List.of("Location", "X-Correlation-Id", "Retry-After");

    private CrossOriginRules() {}

    static CorsConfigurationSource of(List<String> allowedOrigins) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        List<String> origins = allowedOrigins.stream()
                .map(String::trim)
                .filter(o -> !o.isEmpty())
                .toList();
        if (origins.isEmpty()) {
            return source;
        }
        origins.forEach(CrossOriginRules::checkOrigin);
        CorsConfiguration api = new CorsConfiguration();
        api.setAllowedOrigins(origins);
        api.setAllowedMethods(METHODS);
        api.setAllowedHeaders(REQUEST_HEADERS);
        api.setExposedHeaders(RESPONSE_HEADERS);
        api.setAllowCredentials(false);
        api.setMaxAge(Duration.ofHours(1));
        source.registerCorsConfiguration("/api/**", api);
        source.registerCorsConfiguration("/public/**", api);
        return source;
    }

    /** An origin is a scheme, a host and perhaps a port: HTTPS, or plain HTTP on this machine only. */
    static void checkOrigin(String origin) {
        URI uri;
        try {
            uri = URI.create(origin);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("peerlend.gateway.cors.allowed-origins: not an origin: " + origin, e);
        }
        boolean local = "http".equals(uri.getScheme())
                && ("localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost()));
        if (uri.getHost() == null
                || !(local || "https".equals(uri.getScheme()))
                || !(uri.getRawPath() == null || uri.getRawPath().isEmpty())
                || uri.getRawQuery() != null) {
            throw new IllegalArgumentException("peerlend.gateway.cors.allowed-origins: " + origin
                    + " is not an origin (https://host[:port], or http://localhost[:port] in development)");
        }
    }
}
