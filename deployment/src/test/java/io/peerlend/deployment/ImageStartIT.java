package io.peerlend.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.peerlend.infra.EmbeddedMongoServer;
import io.peerlend.infra.EmbeddedPostgresServer;
import io.peerlend.infra.testing.TestStores;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scoring service's container image, started with its own entry point, user and environment (plus the settings
 * a Deployment gives it) on the embedded stores, becomes ready: the image's runtime, libraries, class path and JVM
 * flags work as built.
 */
class ImageStartIT {

    static final Path TAR = Kustomize.HOME.resolve("credit-scoring-service/scoring-app/target/image/scoring.tar");

    @TempDir
    Path work;

    @Test
    void the_scoring_image_starts_as_its_non_root_user_and_answers_its_readiness_probe() throws Exception {
        assertThat(ProcessHandle.current().info().user().orElse(""))
                .as("running an image needs root, as a container runtime does (CI runs as root)")
                .isEqualTo("root");
        // given the image as the build made it
        assertThat(TAR).exists();
        try (ImageRun image = ImageRun.unpack(TAR, work)) {
            assertThat(image.user()).isEqualTo("65532:65532");
            assertThat(image.entrypoint()).first().isEqualTo("java");
            assertThat(image.entrypoint())
                    .contains("-XX:MaxRAMPercentage=75.0", "io.peerlend.scoring.ScoringServiceApplication");
            assertThat(image.root.resolve("opt/java/bin/java")).isExecutable();

            // when it starts with what a Deployment adds: ports, the stores, the issuer
            EmbeddedPostgresServer postgres = TestStores.postgres();
            EmbeddedMongoServer mongo = TestStores.mongo();
            int port = freePort();
            int management = freePort();
            Path log = work.resolve("scoring.log");
            image.start(
                    Map.of(
                            "SERVER_PORT", String.valueOf(port),
                            "MANAGEMENT_SERVER_PORT", String.valueOf(management),
                            "PEERLEND_DB_URL", postgres.jdbcUrl(),
                            "PEERLEND_DB_USER", postgres.username(),
                            "PEERLEND_MONGO_URI", mongo.uri("peerlend-scoring"),
                            "PEERLEND_ISSUER_URI", "http://127.0.0.1:9/realms/peerlend",
                            "PEERLEND_JWK_SET_URI", "http://127.0.0.1:9/realms/peerlend/protocol/openid-connect/certs"),
                    log);

            // then its readiness probe answers UP on the management port
            HttpClient http = HttpClient.newHttpClient();
            URI readiness = URI.create("http://127.0.0.1:" + management + "/actuator/health/readiness");
            try {
                await().atMost(Duration.ofMinutes(4))
                        .pollInterval(Duration.ofSeconds(1))
                        .failFast("the image's process ended", () -> !image.running())
                        .untilAsserted(() -> assertThat(status(http, readiness)).isEqualTo(200));
            } catch (RuntimeException notReady) {
                String output = Files.readString(log);
                throw new AssertionError(
                        notReady.getMessage() + "; its output ends:\n"
                                + output.substring(Math.max(0, output.length() - 6_000)),
                        notReady);
            }
            // and the JVM runs as the image's non-root user, on the image's own runtime
            // (the kernel's view: real, effective, saved and file-system user ids)
            String status = Files.readString(
                    Path.of("/proc", String.valueOf(image.javaProcess().pid()), "status"));
            assertThat(status.lines()
                            .filter(l -> l.startsWith("Uid:"))
                            .findFirst()
                            .orElseThrow())
                    .matches("Uid:\\s+65532\\s+65532\\s+65532\\s+65532");
            assertThat(Files.readString(log)).contains("Started ScoringServiceApplication");
        }
    }

    private static int status(HttpClient http, URI uri) {
        try {
            return http.send(
                            HttpRequest.newBuilder(uri)
                                    .timeout(Duration.ofSeconds(2))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
