package io.peerlend.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Cross-origin calls from a browser (CORS): the one web origin configured may call the API and read the public
 * reports, with its token, and nothing wider: no other origin, no cookies, no web client page.
 */
@SpringBootTest(properties = "peerlend.gateway.cors.allowed-origins=https://partner.example.org")
@AutoConfigureWebTestClient
class GatewayCorsIT {

    static final String ALLOWED = "https://partner.example.org";
    /** The gateway's own origin: a cross-origin request is told apart from a same-origin one by the full address. */
    static final String GATEWAY = "http://gateway.peerlend.test";

    static final HttpServer backend = GatewayIT.startBackend();

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add(
                "PEERLEND_LENDING_URL",
                () -> "http://127.0.0.1:" + backend.getAddress().getPort());
    }

    @AfterAll
    static void stopBackend() {
        backend.stop(0);
    }

    @Autowired
    WebTestClient client;

    @Test
    void givenTheAllowedOrigin_whenItsPageAsksFirst_thenTheGatewayAllowsTheApiCallWithoutAToken() {
        client.options()
                .uri(GATEWAY + "/api/lending/applications")
                .header(HttpHeaders.ORIGIN, ALLOWED)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization, content-type, idempotency-key")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, ALLOWED)
                .expectHeader()
                .value(
                        HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS,
                        h -> assertThat(h.toLowerCase()).contains("authorization", "content-type", "idempotency-key"))
                .expectHeader()
                .doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS);
    }

    @Test
    void givenTheAllowedOrigin_whenItCallsWithAToken_thenItMayReadTheAnswerAndItsCorrelationId() {
        client.mutateWith(GatewayIT.user("b-1", "borrower"))
                .get()
                .uri(GATEWAY + "/api/lending/applications/x")
                .header(HttpHeaders.ORIGIN, ALLOWED)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, ALLOWED)
                .expectHeader()
                .value(
                        HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
                        h -> assertThat(h).contains("X-Correlation-Id"));
    }

    @Test
    void givenAnyOtherOrigin_whenItAsks_thenItIsRefusedAndTheRulesStillNeedAToken() {
        client.options()
                .uri(GATEWAY + "/api/lending/applications")
                .header(HttpHeaders.ORIGIN, "https://attacker.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
        client.mutateWith(GatewayIT.user("b-1", "borrower"))
                .get()
                .uri(GATEWAY + "/api/lending/applications/x")
                .header(HttpHeaders.ORIGIN, "https://attacker.example")
                .exchange()
                .expectStatus()
                .isForbidden();
        // the allowed origin's actual call without a token is still 401: CORS lets a page ask, not skip the rules
        client.get()
                .uri(GATEWAY + "/api/lending/applications/x")
                .header(HttpHeaders.ORIGIN, ALLOWED)
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void givenTheAllowedOrigin_whenItAsksForAWebClientPage_thenNoCrossOriginAnswerIsGiven() {
        client.options()
                .uri(GATEWAY + "/app")
                .header(HttpHeaders.ORIGIN, ALLOWED)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                .exchange()
                .expectHeader()
                .doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }

    @Test
    void givenAWildcardOrAPathOrPlainHttpElsewhere_whenConfigured_thenTheGatewayRefusesToStart() {
        for (String bad : List.of("*", "https://partner.example.org/app", "http://partner.example.org", "partner")) {
            assertThatThrownBy(() -> CrossOriginRules.of(List.of(bad)))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("origin");
        }
        CrossOriginRules.of(List.of("http://localhost:5173", "https://partner.example.org:8443"));
    }
}
