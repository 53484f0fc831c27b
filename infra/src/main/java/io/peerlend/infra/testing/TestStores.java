package io.peerlend.infra.testing;

import io.peerlend.infra.EmbeddedMongoServer;
import io.peerlend.infra.EmbeddedPostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Real PostgreSQL and a real MongoDB wire server for a test JVM, started once on free ports; PostgreSQL (a process of
 * its own) is stopped at exit.
 * Services' integration tests point their connection settings here, so they talk over real connections.
 */
public final class TestStores {

    private static EmbeddedPostgresServer postgres;
    private static EmbeddedMongoServer mongo;

    private TestStores() {}

    public static synchronized EmbeddedPostgresServer postgres() {
        if (postgres == null) {
            try {
                Path data = Files.createTempDirectory("peerlend-test-pg").resolve("data");
                postgres = EmbeddedPostgresServer.start(data, 0, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is exiting
                }
            }));
        }
        return postgres;
    }

    public static synchronized EmbeddedMongoServer mongo() {
        if (mongo == null) {
            // not stopped at exit: it holds nothing to keep, and the JVM's end ends it. The test contexts close in
            // their own shutdown hooks, at the same time as any hook of ours; one still writing (a processor releasing
            // its claim) to a server already stopped waited out the driver's 30 s server selection, and Surefire
            // stopped the JVM (TestStoresAtExitTest)
            mongo = EmbeddedMongoServer.startInMemory(0);
        }
        return mongo;
    }
}
