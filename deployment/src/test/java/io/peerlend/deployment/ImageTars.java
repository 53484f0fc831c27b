package io.peerlend.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** The container images this build made (Jib's OCI tars under each application's target/image). */
final class ImageTars {

    static final List<String> APPLICATIONS = List.of(
            "gateway",
            "web",
            "lending-service/lending-app",
            "credit-scoring-service/scoring-app",
            "kyc-service/kyc-app",
            "disclosure-service/disclosure-app");

    private ImageTars() {}

    static List<Path> all() throws IOException {
        List<Path> tars = new ArrayList<>();
        for (String application : APPLICATIONS) {
            Path directory = Kustomize.HOME.resolve(application).resolve("target/image");
            if (Files.isDirectory(directory)) {
                try (var files = Files.list(directory)) {
                    files.filter(f -> f.toString().endsWith(".tar")).forEach(tars::add);
                }
            }
        }
        return tars;
    }

    /** The image references ("peerlend/scoring:0.1.0-SNAPSHOT") the tars carry. */
    static Set<String> references() {
        Set<String> references = new LinkedHashSet<>();
        try {
            for (Path tar : all()) {
                JsonNode index = new ObjectMapper().readTree(read(tar, "index.json"));
                for (JsonNode manifest : index.path("manifests")) {
                    references.add(manifest.path("annotations")
                            .path("org.opencontainers.image.ref.name")
                            .asText());
                }
            }
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return references;
    }

    /** One file of a tar, read with the system's tar. */
    static String read(Path tar, String entry) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("tar", "-xOf", tar.toString(), entry).start();
        String content = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(1, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException("no " + entry + " in " + tar);
        }
        return content;
    }
}
