package io.peerlend.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

import com.sun.net.httpserver.HttpServer;
import io.peerlend.platform.security.KeycloakRoles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
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

/**
 * The gateway in front of several instances of one service, as discovery names them: requests are spread over the
 * instances; one that dies costs no request (a refused connection goes to the next instance, whatever the method); one
 * whose readiness probe fails leaves the rotation until it is ready again.
 */
@SpringBootTest(
        properties = {
            "peerlend.gateway.rate-limit.requests-per-second=1000",
            "spring.cloud.loadbalancer.health-check.interval=500ms"
        })
// a loaded 2-core machine may keep a request waiting while a probe round completes
@AutoConfigureWebTestClient(timeout = "15s")
class GatewayInstancesIT {

    static final Instance a = new Instance("a");
    static final Instance b = new Instance("b");
    static final Instance c = new Instance("c");

    @DynamicPropertySource
    static void instances(DynamicPropertyRegistry registry) {
        String prefix = "spring.cloud.discovery.client.simple.instances.lending";
        List<Instance> all = List.of(a, b, c);
        for (int i = 0; i < all.size(); i++) {
            int n = i;
            registry.add(prefix + "[" + i + "].uri", () -> "http://127.0.0.1:" + all.get(n).port);
            // each instance's probe answers on a port of its own, as a service's management port does
            registry.add(prefix + "[" + i + "].metadata.management-port", () -> all.get(n).managementPort);
        }
    }

    @AfterAll
    static void stop() {
        for (Instance instance : List.of(a, b, c)) {
            instance.stop();
        }
    }

    @Autowired
    WebTestClient client;

    @Test
    void givenThreeReadyInstances_whenRequestsArrive_thenEachInstanceServesSomeAndADeadOneCostsNone() {
        awaitServing(List.of("a", "b", "c"));

        // when one instance dies without a word (its port refuses connections; its probe is still to notice)
        c.stop();

        // then every request, a POST included, is answered by a survivor
        List<String> answeredBy = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            answeredBy.add(post());
            answeredBy.add(get());
        }
        assertThat(answeredBy).containsOnly("a", "b");
    }

    @Test
    void givenAnInstanceThatIsNotReady_whenItsProbeFails_thenItLeavesTheRotationAndReturnsWhenReady() {
        awaitServing(List.of("a", "b"));
        try {
            // when b's readiness probe fails (it still accepts connections)
            b.ready = false;
            // then it leaves the rotation: twenty requests in a row go elsewhere
            awaitNone("b");
        } finally {
            b.ready = true;
        }
        // and it returns once ready
        awaitServing(List.of("a", "b"));
    }

    /** Waits (at most 20 s) until a round of requests reached every one of {@code instances}. */
    private void awaitServing(List<String> instances) {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        List<String> seen = new ArrayList<>();
        while (!seen.containsAll(instances)) {
            assertThat(Instant.now())
                    .as("instances serving: %s of %s", seen, instances)
                    .isBefore(until);
            seen.add(get());
        }
    }

    /** Waits until twenty requests in a row are answered by instances other than {@code instance}. */
    private void awaitNone(String instance) {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        int inARow = 0;
        while (inARow < 20) {
            assertThat(Instant.now()).as("%s out of the rotation", instance).isBefore(until);
            inARow = get().equals(instance) ? 0 : inARow + 1;
        }
    }

    private String get() {
        return client.mutateWith(user())
                .get()
                .uri("/api/lending/applications/x")
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseHeaders()
                .getFirst("X-Instance");
    }

    private String post() {
        return client.mutateWith(user())
                .post()
                .uri("/api/lending/applications")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", "k-" + System.nanoTime())
                .bodyValue("{\"amount\": \"5000.00\"}")
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseHeaders()
                .getFirst("X-Instance");
    }

    private static JwtMutator user() {
        return mockJwt()
                .jwt(j -> j.subject("b-1").claim("realm_access", Map.of("roles", List.of("borrower"))))
                .authorities(new KeycloakRoles());
    }

    /** One instance of a service: its API port, and its probe on a port of its own. */
    static final class Instance {
        final int port;
        final int managementPort;
        final AtomicInteger served = new AtomicInteger();
        private final HttpServer api;
        private final HttpServer management;
        volatile boolean ready = true;

        Instance(String name) {
            try {
                api = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                api.setExecutor(Executors.newFixedThreadPool(2));
                api.createContext("/", exchange -> {
                    served.incrementAndGet();
                    exchange.getRequestBody().readAllBytes();
                    byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                    exchange.getResponseHeaders().set("X-Instance", name);
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                    exchange.close();
                });
                api.start();
                management = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                management.createContext("/actuator/health/readiness", exchange -> {
                    exchange.sendResponseHeaders(ready ? 200 : 503, -1);
                    exchange.close();
                });
                management.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            port = api.getAddress().getPort();
            managementPort = management.getAddress().getPort();
        }

        void stop() {
            api.stop(0);
            management.stop(0);
        }
    }
}
