package io.peerlend.infra;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.mvstore.MVStore;

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
        MVStore store = new MVStore.Builder()
                .fileName(file.toString())
                .autoCommitBufferSize(WRITE_BUFFER_KB)
                .open();
        return bind(new MongoServer(new H2Backend(store)), port);
    }

    /**
     * How many KB of changes MVStore gathers before it writes them out ahead of its once-a-second commit (H2's default
     * is 1024). MVStore never updates in place: every change rewrites its page and the pages above it, and each commit
     * appends them all to the file. Under load the same hot pages (processors' tokens, the day's cash movements, lender
     * accounts) changed many times a second, and with 1 MB they were serialised and written again every few dozen
     * updates. With 64 MB a commit comes once a second whatever the load, as at rest: a crash loses at most the last
     * second's changes under load too (the processors' tokens among them, so their events are handled again). In
     * {@code ReadSideBench} (docs/benchmarks.md) the CPU per loan part fell by about a sixth and the file grew a third
     * as fast.
     */
    static final int WRITE_BUFFER_KB = 64 * 1024;

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
