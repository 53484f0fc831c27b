package io.peerlend.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * An OCI image tar run the way a container runtime runs it, without one: its layers unpacked in order into a root
 * file system, its entry point started there in new mount and process namespaces (with /proc mounted, as in a pod),
 * as the image's user, with the image's environment plus the settings a deployment would give. Needs root (as CI has),
 * like any container runtime.
 */
final class ImageRun implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    final Path root;
    final JsonNode config;
    private Process process;

    private ImageRun(Path root, JsonNode config) {
        this.root = root;
        this.config = config;
    }

    static ImageRun unpack(Path tar, Path into) throws IOException, InterruptedException {
        Path layout = Files.createDirectories(into.resolve("layout"));
        run("tar", "-xf", tar.toString(), "-C", layout.toString());
        JsonNode index = JSON.readTree(layout.resolve("index.json").toFile());
        JsonNode manifest = JSON.readTree(
                blob(layout, index.path("manifests").get(0).path("digest").asText())
                        .toFile());
        JsonNode config = JSON.readTree(
                blob(layout, manifest.path("config").path("digest").asText()).toFile());
        Path root = Files.createDirectories(into.resolve("rootfs"));
        for (JsonNode layer : manifest.path("layers")) {
            // gzip-compressed tar layers, applied in order (Jib writes no whiteouts)
            run("tar", "-xzf", blob(layout, layer.path("digest").asText()).toString(), "-C", root.toString());
        }
        return new ImageRun(root, config.path("config"));
    }

    private static Path blob(Path layout, String digest) {
        String[] parts = digest.split(":");
        return layout.resolve("blobs").resolve(parts[0]).resolve(parts[1]);
    }

    List<String> entrypoint() {
        List<String> command = new ArrayList<>();
        config.path("Entrypoint").forEach(n -> command.add(n.asText()));
        config.path("Cmd").forEach(n -> command.add(n.asText()));
        return command;
    }

    Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        for (JsonNode entry : config.path("Env")) {
            String[] pair = entry.asText().split("=", 2);
            env.put(pair[0], pair[1]);
        }
        return env;
    }

    String user() {
        return config.path("User").asText();
    }

    /** Starts the entry point with the image's environment and {@code settings} on top, output to {@code log}. */
    Process start(Map<String, String> settings, Path log) throws IOException {
        String[] user = user().split(":");
        List<String> command = new ArrayList<>(List.of(
                "unshare",
                "--mount",
                "--pid",
                "--fork",
                "--mount-proc=/proc",
                "--root=" + root,
                "--setuid=" + user[0],
                "--setgid=" + user[1]));
        List<String> entrypoint = entrypoint();
        // the runtime resolves the entry point's program on the image's PATH
        String program = entrypoint.get(0);
        if (!program.startsWith("/")) {
            String path = environment().getOrDefault("PATH", "/usr/bin:/bin");
            for (String directory : path.split(":")) {
                if (Files.isExecutable(root.resolve(directory.substring(1)).resolve(program))) {
                    program = directory + "/" + program;
                    break;
                }
            }
        }
        command.add(program);
        command.addAll(entrypoint.subList(1, entrypoint.size()));
        String workingDirectory = config.path("WorkingDir").asText("/");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .directory(root.resolve(workingDirectory.isEmpty() ? "." : workingDirectory.substring(1))
                        .toFile());
        builder.environment().clear();
        builder.environment().putAll(environment());
        builder.environment().putAll(settings);
        process = builder.start();
        return process;
    }

    boolean running() {
        return process != null && process.isAlive();
    }

    /** The image's JVM (a descendant of the namespace's first process). */
    ProcessHandle javaProcess() {
        return process.descendants()
                .filter(p -> p.info().command().orElse("").endsWith("/java"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no JVM runs"));
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }
}
