package io.peerlend.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Secrets are referenced by name and never committed: every reference in every overlay names a Secret that
 * docs/deployment.md declares as required (with the key used), and every secret a service refuses to start without in
 * production reaches it.
 */
class SecretReferencesTest {

    /** A reference to a Secret, with the key read from it (null: the whole Secret). */
    record Reference(String where, String secret, String key) {}

    @Test
    void every_secret_reference_names_a_documented_secret_and_key() throws IOException {
        Map<String, Set<String>> documented = DocumentedSecrets.read();
        for (Rendered overlay : Overlays.all()) {
            List<Reference> references = references(overlay);
            assertThat(references).as(overlay.overlay()).isNotEmpty();
            for (Reference reference : references) {
                assertThat(documented)
                        .as(overlay.overlay() + ": " + reference + " is not in docs/deployment.md's table of Secrets")
                        .containsKey(reference.secret());
                if (reference.key() != null) {
                    assertThat(documented.get(reference.secret()))
                            .as(overlay.overlay() + ": " + reference)
                            .contains(reference.key());
                }
            }
        }
    }

    @Test
    void every_secret_a_service_refuses_to_start_without_reaches_it_from_its_environment_or_its_mounted_secret()
            throws IOException {
        Map<String, Set<String>> documented = DocumentedSecrets.read();
        Map<String, String> applications = Map.of(
                "lending", "lending-service/lending-app",
                "scoring", "credit-scoring-service/scoring-app",
                "kyc", "kyc-service/kyc-app",
                "disclosure", "disclosure-service/disclosure-app");
        for (Rendered overlay : Overlays.all()) {
            for (Map.Entry<String, String> application : applications.entrySet()) {
                // given the secrets the service names (platform-support SecretsEnvironmentPostProcessor)
                Set<String> needed = developmentSecrets(application.getValue());
                Deployment deployment =
                        overlay.named(Deployment.class, application.getKey()).orElseThrow();
                Container app = deployment
                        .getSpec()
                        .getTemplate()
                        .getSpec()
                        .getContainers()
                        .get(0);
                // when the deployment gives them as variables or as files of the Secret mounted where the service
                // looks (PEERLEND_SECRETS_DIR, /run/secrets/peerlend)
                Set<String> given = app.getEnv().stream().map(EnvVar::getName).collect(Collectors.toSet());
                String mountedVolume = app.getVolumeMounts().stream()
                        .filter(m -> m.getMountPath().equals("/run/secrets/peerlend"))
                        .map(m -> m.getName())
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(application.getKey() + ": no secrets mounted"));
                String mountedSecret = deployment.getSpec().getTemplate().getSpec().getVolumes().stream()
                        .filter(v -> v.getName().equals(mountedVolume))
                        .map(v -> v.getSecret().getSecretName())
                        .findFirst()
                        .orElseThrow();
                given.addAll(DocumentedSecrets.keys(documented, mountedSecret));
                // then every one of them is there
                assertThat(given)
                        .as(overlay.overlay() + " " + application.getKey())
                        .containsAll(needed);
            }
        }
    }

    private static Set<String> developmentSecrets(String module) throws IOException {
        Properties properties = new Properties();
        Path file = Kustomize.HOME.resolve(module).resolve("src/main/resources/development-secrets.properties");
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties.stringPropertyNames();
    }

    static List<Reference> references(Rendered overlay) {
        List<Reference> found = new ArrayList<>();
        for (Deployment deployment : overlay.all(Deployment.class)) {
            String where = "Deployment/" + deployment.getMetadata().getName();
            var pod = deployment.getSpec().getTemplate().getSpec();
            for (Container container : pod.getContainers()) {
                for (EnvVar env : container.getEnv()) {
                    if (env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null) {
                        var ref = env.getValueFrom().getSecretKeyRef();
                        found.add(new Reference(where, ref.getName(), ref.getKey()));
                    }
                }
                container.getEnvFrom().stream()
                        .filter(e -> e.getSecretRef() != null)
                        .forEach(e ->
                                found.add(new Reference(where, e.getSecretRef().getName(), null)));
            }
            for (Volume volume : pod.getVolumes()) {
                if (volume.getSecret() != null) {
                    found.add(new Reference(where, volume.getSecret().getSecretName(), null));
                }
            }
        }
        for (Ingress ingress : overlay.all(Ingress.class)) {
            ingress.getSpec().getTls().forEach(t -> found.add(new Reference("Ingress", t.getSecretName(), null)));
        }
        for (GenericKubernetesResource custom : overlay.all(GenericKubernetesResource.class)) {
            String where = custom.getKind() + "/" + custom.getMetadata().getName();
            Rendered.entries(custom.getAdditionalProperties()).forEach(entry -> {
                String key = entry.getKey();
                if (entry.getValue() instanceof Map<?, ?> ref
                        && ref.get("name") instanceof String name
                        && (key.endsWith("Secret")
                                || key.endsWith("SecretRef")
                                || key.equals("secret")
                                || key.equals("accessKeyId")
                                || key.equals("secretAccessKey"))) {
                    found.add(new Reference(where, name, ref.get("key") instanceof String k ? k : null));
                } else if (entry.getValue() instanceof String name && key.endsWith("SecretName")) {
                    // a Secret the operator makes (connection strings, SCRAM credentials)
                    found.add(new Reference(where, name, null));
                }
            });
        }
        return found;
    }
}
