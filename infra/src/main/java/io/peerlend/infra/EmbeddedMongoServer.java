package io.peerlend.infra;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB wire-protocol server (mongo-java-server) for the read side. With a file it keeps its data (H2 backend);
 * without, it lives in memory, which is enough for tests since every read model can be rebuilt by replay.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private final MongoServer server;
    private final int port;

    private EmbeddedMongoServer(MongoServer server, int port) {
        this.server = server;
        this.port = port;
    }

    public static EmbeddedMongoServer startPersistent(Path file, int port) throws IOException {
        Files.createDirectories(file.getParent());
        return bind(new MongoServer(new H2Backend(file.toString())), port);
    }

    public static EmbeddedMongoServer startInMemory(int port) {
        return bind(new MongoServer(new MemoryBackend()), port);
    }

    private static EmbeddedMongoServer bind(MongoServer server, int port) {
        server.bind("127.0.0.1", port);
        return new EmbeddedMongoServer(server, server.getLocalAddress().getPort());
    }

    /** Connection string for one database of this server. */
    public String uri(String database) {
        return "mongodb://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
