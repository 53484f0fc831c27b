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

    private TraceServer() {}

    public static ManagedProcess prepare(Path home, Path java, Path logDirectory, int port) throws IOException {
        Path jar = home.resolve("infra/target/zipkin/zipkin-server.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IOException("Zipkin is not at " + jar + "; build once with ./mvnw -DskipTests install");
        }
        List<String> command = List.of(
                java.toString(),
                "-Xms32m",
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-jar",
                jar.toString(),
                // Zipkin serves through Armeria; naming the port entry in full binds it to localhost only
                "--armeria.ports[0].ip=127.0.0.1",
                "--armeria.ports[0].port=" + port,
                "--armeria.ports[0].protocols[0]=http");
        Map<String, String> env = Map.of("STORAGE_TYPE", "mem", "MEM_MAX_SPANS", "500000");
        return new ManagedProcess(
                "traces",
                command,
                env,
                home,
                logDirectory.resolve("traces.log"),
                URI.create("http://127.0.0.1:" + port + "/health"));
    }
}
