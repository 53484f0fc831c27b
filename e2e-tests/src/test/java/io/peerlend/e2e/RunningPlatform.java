package io.peerlend.e2e;

import io.peerlend.infra.Platform;
import io.peerlend.infra.Ports;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The real platform, started once per test JVM on ports 10000 above the defaults (so a developer's running platform
 * does not clash), with fresh data, and stopped when the JVM exits; {@code peerlend.e2e.instances} copies of each
 * service and of the web client (1 unless the test JVM says otherwise).
 */
final class RunningPlatform {

    private static Platform platform;
    private static ServerErrors serverErrors;

    private RunningPlatform() {}

    /** The server errors the platform logged since it started (see {@link ServerErrors}). */
    static synchronized List<String> serverErrors() throws IOException {
        return serverErrors == null ? List.of() : serverErrors.since();
    }

    static synchronized Platform get() {
        if (platform == null) {
            Path home = Path.of(System.getProperty("peerlend.home", ".."));
            Path var = Path.of(System.getProperty("peerlend.e2e.var", "target/var"));
            // no retention period after a relationship ends, so an erasure can be tried end to end today
            Platform started = new Platform(
                    home,
                    var,
                    Ports.defaults().offsetBy(10_000),
                    false,
                    Map.of("PEERLEND_KYC_RETENTION_AFTER_RELATIONSHIP", "P0D"),
                    Integer.getInteger("peerlend.e2e.instances", 1));
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "platform-stop"));
            try {
                serverErrors = new ServerErrors(var.resolve("logs"));
                started.start();
            } catch (Exception e) {
                started.close();
                throw new IllegalStateException("the platform did not start: " + e.getMessage(), e);
            }
            platform = started;
        }
        return platform;
    }
}
