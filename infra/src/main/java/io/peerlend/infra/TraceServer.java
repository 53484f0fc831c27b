package io.peerlend.infra;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The development trace server: Zipkin's executable jar from Maven Central, spans kept in memory, listening on
 * localhost only. Every part sends its spans here (OpenTelemetry's Zipkin exporter); production sends OTLP to the
 * operator's collector instead (docs/operations.md, "Tracing").
 */
public final class TraceServer {

    /** The trace server's heap, in MiB. */
    static final int HEAP_MIB = 256;

    /**
     * Zipkin's in-memory store keeps about 2.7 KB of heap per span of ours (measured: 94,395 spans filled the 256 MiB
     * heap, docs/benchmarks.md, "Where a request's time goes").
     */
    static final int HEAP_BYTES_PER_SPAN = 2_700;

    /**
     * How many spans the trace server keeps before dropping the oldest traces: what fits in half its heap. Zipkin's
     * default (500,000) does not fit: once a load had sent about 95,000 spans the server collected garbage without
     * end, a whole core of this machine's two, until it was stopped.
     */
    static final int MAX_SPANS = 40_000;

    private TraceServer() {}

    public static ManagedProcess prepare(Path home, Path java, Path logDirectory, int port) throws IOException {
        Path jar = home.resolve("infra/target/zipkin/zipkin-server.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IOException("Zipkin is not at " + jar + "; build once with ./mvnw -DskipTests install");
        }
        List<String> command = List.of(
                java.toString(),
                "-Xms32m",
                "-Xmx" + HEAP_MIB + "m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-jar",
                jar.toString(),
                // Zipkin serves through Armeria; naming the port entry in full binds it to localhost only
                "--armeria.ports[0].ip=127.0.0.1",
                "--armeria.ports[0].port=" + port,
                "--armeria.ports[0].protocols[0]=http");
        Map<String, String> env = Map.of("STORAGE_TYPE", "mem", "MEM_MAX_SPANS", String.valueOf(MAX_SPANS));
        return new ManagedProcess(
                "traces",
                command,
                env,
                home,
                logDirectory.resolve("traces.log"),
                URI.create("http://127.0.0.1:" + port + "/health"));
    }
}
