package io.peerlend.infra.testing;

import io.peerlend.infra.EmbeddedMongoServer;
import io.peerlend.infra.EmbeddedPostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Real PostgreSQL and a real MongoDB wire server for a test JVM, started once on free ports and stopped at exit.
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
            mongo = EmbeddedMongoServer.startInMemory(0);
            Runtime.getRuntime().addShutdownHook(new Thread(mongo::close));
        }
        return mongo;
    }
}
