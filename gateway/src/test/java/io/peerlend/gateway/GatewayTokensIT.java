package io.peerlend.gateway;

import com.sun.net.httpserver.HttpServer;
import io.peerlend.infra.testing.TestIssuer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway checks tokens for real (signature against the issuer's keys, expiry, issuer, audience) before routing:
 * a proper token reaches the service, an expired one, another issuer's and another audience's are refused with 401.
 */
@SpringBootTest
@AutoConfigureWebTestClient
class GatewayTokensIT {

    static final TestIssuer issuer = new TestIssuer();
    static final HttpServer lending = backend();

    static HttpServer backend() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        issuer.resourceServerProperties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add(
                "PEERLEND_LENDING_URL",
                () -> "http://127.0.0.1:" + lending.getAddress().getPort());
    }

    @AfterAll
    static void stop() {
        issuer.close();
        lending.stop(0);
    }

    @Autowired
    WebTestClient client;

    @Test
    void a_proper_token_is_routed_and_expired_foreign_or_misaddressed_ones_are_refused() {
        client.get()
                .uri("/api/lending/applications")
                .header("Authorization", "Bearer " + issuer.token("b-1", "borrower"))
                .exchange()
                .expectStatus()
                .isOk();
        for (String broken : new String[] {
            issuer.expired("b-1", "borrower"),
            issuer.fromAnotherIssuer("b-1", "borrower"),
            issuer.forAnotherAudience("b-1", "borrower")
        }) {
            client.get()
                    .uri("/api/lending/applications")
                    .header("Authorization", "Bearer " + broken)
                    .exchange()
                    .expectStatus()
                    .isUnauthorized();
        }
    }
}
