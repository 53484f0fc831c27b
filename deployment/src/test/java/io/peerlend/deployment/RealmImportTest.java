package io.peerlend.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The Keycloak Operator imports the realm from infra/k8s/base/keycloak/realm-import.yaml, which is made from
 * infra/keycloak/peerlend-realm.json (the realm without the development users and clients) and must not drift from
 * it. {@code -Dpeerlend.k8s.write-realm=true} rewrites the file from the realm.
 */
class RealmImportTest {

    static final Path REALM = Kustomize.HOME.resolve("infra/keycloak/peerlend-realm.json");
    static final Path DEV_ADDITIONS = Kustomize.HOME.resolve("infra/keycloak/peerlend-realm.dev-additions.json");
    static final Path IMPORT = Kustomize.K8S.resolve("base/keycloak/realm-import.yaml");
    /** The base's public address of the platform; overlays patch it with their own. */
    static final String PLATFORM = "https://peerlend.example.com";
    /** Where Keycloak, inside the cluster, tells the web client that a user's session ended. */
    static final String BACKCHANNEL_LOGOUT = "http://web:8080/logout/connect/back-channel/keycloak";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void the_realm_import_is_the_realm_file_with_the_platforms_addresses() throws IOException {
        String expected = expectedImport();
        if (Boolean.getBoolean("peerlend.k8s.write-realm")) {
            Files.writeString(IMPORT, expected);
        }
        assertThat(Files.readString(IMPORT))
                .as("realm-import.yaml is stale: run ./mvnw -pl deployment test -Dpeerlend.k8s.write-realm=true")
                .isEqualTo(expected);
    }

    @Test
    void no_overlay_imports_a_development_user_or_client() throws IOException {
        JsonNode additions = JSON.readTree(DEV_ADDITIONS.toFile());
        List<String> devClients = names(additions.path("clients"), "clientId");
        List<String> devUsers = names(additions.path("users"), "username");
        assertThat(devClients).isNotEmpty();
        assertThat(devUsers).isNotEmpty();
        for (Rendered overlay : Overlays.all()) {
            GenericKubernetesResource realmImport = overlay.theOne("KeycloakRealmImport");
            JsonNode realm = JSON.valueToTree(Rendered.at(realmImport, "spec", "realm"));
            assertThat(names(realm.path("clients"), "clientId"))
                    .as(overlay.overlay())
                    .doesNotContainAnyElementsOf(devClients);
            assertThat(names(realm.path("users"), "username"))
                    .as(overlay.overlay())
                    .doesNotContainAnyElementsOf(devUsers);
            // and the client secrets come from the services' Secrets, never from the file
            @SuppressWarnings("unchecked")
            Map<String, Object> placeholders = (Map<String, Object>) Rendered.at(realmImport, "spec", "placeholders");
            assertThat(placeholders).containsOnlyKeys("PEERLEND_CLIENT_SECRET_LENDING", "PEERLEND_CLIENT_SECRET_KYC");
        }
    }

    private static List<String> names(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(n -> n.path(field).asText())
                .toList();
    }

    static String expectedImport() throws IOException {
        ObjectNode realm = (ObjectNode) JSON.readTree(REALM.toFile());
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals("peerlend-web")) {
                ObjectNode web = (ObjectNode) client;
                web.putArray("redirectUris").add(PLATFORM + "/*");
                web.put("rootUrl", PLATFORM);
                ObjectNode attributes = (ObjectNode) web.path("attributes");
                attributes.put("post.logout.redirect.uris", PLATFORM + "/*");
                attributes.put("backchannel.logout.url", BACKCHANNEL_LOGOUT);
            }
        }
        ObjectNode resource = JSON.createObjectNode();
        resource.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        resource.put("kind", "KeycloakRealmImport");
        resource.putObject("metadata").put("name", "peerlend-realm");
        ObjectNode spec = resource.putObject("spec");
        spec.put("keycloakCRName", "peerlend-keycloak");
        ObjectNode placeholders = spec.putObject("placeholders");
        placeholder(placeholders, "PEERLEND_CLIENT_SECRET_LENDING", "peerlend-lending");
        placeholder(placeholders, "PEERLEND_CLIENT_SECRET_KYC", "peerlend-kyc");
        spec.set("realm", realm);
        YAMLMapper yaml = new YAMLMapper(YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .build());
        return """
                # MADE from infra/keycloak/peerlend-realm.json (the realm without the development users and clients) by
                # RealmImportTest (deployment module: ./mvnw -pl deployment test -Dpeerlend.k8s.write-realm=true remakes
                # it; the test fails while the two differ). The web client's addresses are the base's public host, which
                # overlays patch; its back-channel logout is the in-cluster address; the client secrets are filled by the
                # Keycloak Operator from the services' Secrets.
                """ + yaml.writeValueAsString(resource);
    }

    private static void placeholder(ObjectNode placeholders, String name, String secret) {
        ObjectNode ref = placeholders.putObject(name).putObject("secret");
        ref.put("name", secret);
        ref.put("key", "PEERLEND_CLIENT_SECRET");
    }
}
