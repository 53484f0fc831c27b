package io.peerlend.deployment;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Renders a Kustomize overlay of infra/k8s with the kustomize CLI this module's build installs. */
final class Kustomize {

    static final Path HOME =
            Path.of(System.getProperty("peerlend.home", "..")).toAbsolutePath().normalize();
    static final Path K8S = HOME.resolve("infra/k8s");
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private Kustomize() {}

    /** The overlay's resources, each parsed into the fabric8 model (a custom resource as a generic one). */
    static List<HasMetadata> build(String overlay) throws IOException, InterruptedException {
        String yaml = render(K8S.resolve("overlays").resolve(overlay));
        List<HasMetadata> resources = new ArrayList<>();
        for (String document : yaml.split("(?m)^---\\s*$")) {
            if (!document.isBlank()) {
                resources.add(SERIALIZATION.unmarshal(document));
            }
        }
        return resources;
    }

    static String render(Path directory) throws IOException, InterruptedException {
        Path binary = Path.of(System.getProperty("peerlend.kustomize", "kustomize"));
        Path output = Files.createTempFile("kustomize", ".yaml");
        try {
            Process process = new ProcessBuilder(binary.toString(), "build", directory.toString())
                    .redirectOutput(output.toFile())
                    .redirectErrorStream(false)
                    .start();
            String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("kustomize build " + directory + " failed: " + errors);
            }
            return Files.readString(output);
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
