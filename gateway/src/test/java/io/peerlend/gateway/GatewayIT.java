package io.peerlend.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

import com.sun.net.httpserver.HttpServer;
import io.peerlend.platform.security.KeycloakRoles;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The gateway in front of a real HTTP backend (and a dead one): rules by role, problems, ids, limits, breakers. */
@SpringBootTest(
        properties = {
            "peerlend.gateway.rate-limit.requests-per-second=5",
            "resilience4j.timelimiter.configs.default.timeout-duration=1s"
        })
@AutoConfigureWebTestClient
class GatewayIT {

    static final AtomicReference<String> lastCorrelationId = new AtomicReference<>();
    static final HttpServer backend = startBackend();

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) throws IOException {
        registry.add(
                "PEERLEND_LENDING_URL",
                () -> "http://127.0.0.1:" + backend.getAddress().getPort());
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        int dead = closed;
        registry.add("PEERLEND_KYC_URL", () -> "http://127.0.0.1:" + dead);
        registry.add("PEERLEND_JWK_SET_URI", () -> "http://127.0.0.1:" + dead + "/certs");
    }

    @AfterAll
    static void stopBackend() {
        backend.stop(0);
    }

    @Autowired
    WebTestClient client;

    @Test
    void actuator_is_not_served_on_the_public_port() {
        // health, probes and metrics answer on the management port, which no route and no ingress exposes
        for (String path : List.of("/actuator/health", "/actuator/prometheus", "/actuator/info", "/actuator")) {
            client.get()
                    .uri(path)
                    .exchange()
                    .expectStatus()
                    .value(status -> assertThat(status).as(path).isIn(401, 404));
        }
    }

    @Test
    void every_response_has_a_correlation_id_and_security_headers() {
        client.mutateWith(user("b-1", "borrower"))
                .get()
                .uri("/api/lending/applications/x")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .exists("X-Correlation-Id")
                .expectHeader()
                .valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader()
                .valueEquals("X-Frame-Options", "DENY")
                .expectHeader()
                .exists("Content-Security-Policy");
    }

    @Test
    void no_other_origin_may_call_from_a_browser_unless_configured() {
        // CORS is off by default (GatewayCorsIT turns it on for one origin): a preflight gets no permission
        client.options()
                .uri("http://gateway.peerlend.test/api/lending/applications")
                .header("Origin", "https://partner.example.org")
                .header("Access-Control-Request-Method", "POST")
                .exchange()
                .expectHeader()
                .doesNotExist("Access-Control-Allow-Origin");
    }

    @Test
    void a_borrower_reaches_lending_and_the_service_receives_the_correlation_id() {
        client.mutateWith(user("b-1", "borrower"))
                .get()
                .uri("/api/lending/applications/x")
                .header("X-Correlation-Id", "given-correlation-42")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("X-Correlation-Id", "given-correlation-42");
        assertThat(lastCorrelationId.get()).isEqualTo("given-correlation-42");
    }

    @Test
    void no_token_is_401_and_a_wrong_role_is_403_both_as_problems() {
        client.get()
                .uri("/api/lending/applications/x")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        client.mutateWith(user("r-1", "regulator"))
                .post()
                .uri("/api/lending/applications")
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        client.mutateWith(user("b-1", "borrower"))
                .get()
                .uri("/api/disclosure/reports")
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void a_request_body_refused_unread_closes_the_connection_so_it_cannot_poison_the_next_request() {
        client.post()
                .uri("/api/lending/applications")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"amount\": \"5000.00\"}")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .valueEquals("Connection", "close");
        client.get()
                .uri("/api/lending/applications/x")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .doesNotExist("Connection");
    }

    @Test
    void paths_no_rule_names_are_denied_even_with_a_token() {
        client.mutateWith(user("o-1", "ops"))
                .get()
                .uri("/somewhere/else")
                .exchange()
                .expectStatus()
                .isForbidden();
        client.mutateWith(user("o-1", "ops"))
                .get()
                .uri("/fallback/lending")
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void a_service_that_is_down_gives_503_problem_json_never_a_fake_success() {
        client.mutateWith(user("b-2", "borrower"))
                .get()
                .uri("/api/kyc/customers/me")
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(503);
    }

    @Test
    void a_service_slower_than_the_route_time_limit_gives_503() {
        // the backend would answer 200 after 3 s; the 1 s time limit answers first
        client.mutateWith(user("b-3", "borrower"))
                .get()
                .uri("/api/lending/slow")
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void each_user_has_an_own_rate_limit() {
        int tooMany = 0;
        // thirty in a row: more than five a second even when a loaded machine slows each one down
        for (int i = 0; i < 30 && tooMany == 0; i++) {
            int status = client.mutateWith(user("busy-user", "borrower"))
                    .get()
                    .uri("/api/lending/applications/x")
                    .exchange()
                    .returnResult(String.class)
                    .getStatus()
                    .value();
            if (status == 429) {
                tooMany++;
            }
        }
        assertThat(tooMany).as("requests over 5 per second are refused").isPositive();
        // another user is not affected
        client.mutateWith(user("calm-user", "borrower"))
                .get()
                .uri("/api/lending/applications/x")
                .exchange()
                .expectStatus()
                .isOk();
    }

    static JwtMutator user(String subject, String role) {
        return mockJwt()
                .jwt(j -> j.subject(subject).claim("realm_access", Map.of("roles", List.of(role))))
                .authorities(new KeycloakRoles());
    }

    static HttpServer startBackend() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api/lending/slow", exchange -> {
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.setExecutor(Executors.newFixedThreadPool(4));
            // the gateway's readiness probe of this instance (its load balancer keeps only ready instances)
            server.createContext("/actuator/health/readiness", exchange -> {
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.createContext("/", exchange -> {
                lastCorrelationId.set(exchange.getRequestHeaders().getFirst("X-Correlation-Id"));
                byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
