package io.peerlend.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeycloakRealmTest {

    private static final Path REALM_DIR = Path.of("keycloak");

    @Test
    void production_realm_has_no_demo_users_and_no_password_grant_client() throws Exception {
        JsonNode realm = new ObjectMapper()
                .readTree(REALM_DIR.resolve("peerlend-realm.json").toFile());
        assertThat(names(realm.get("users"), "username")).allMatch(u -> u.startsWith("service-account-"));
        assertThat(names(realm.get("clients"), "clientId")).doesNotContain("peerlend-dev-cli");
        for (JsonNode client : realm.get("clients")) {
            assertThat(client.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        }
        assertThat(realm.get("bruteForceProtected").asBoolean()).isTrue();
    }

    @Test
    void service_accounts_hold_only_what_their_service_needs_and_every_confidential_client_is_one_a_service_uses()
            throws Exception {
        JsonNode realm = new ObjectMapper()
                .readTree(REALM_DIR.resolve("peerlend-realm.json").toFile());
        for (JsonNode user : realm.get("users")) {
            String name = user.get("username").asText();
            if (name.equals("service-account-peerlend-kyc")) {
                // KYC calls no Peerlend service: it only removes erased customers' accounts from Keycloak
                assertThat(names(user.get("realmRoles"))).as(name).isEmpty();
                assertThat(names(user.at("/clientRoles/realm-management")))
                        .as(name)
                        .containsExactlyInAnyOrder("manage-users", "view-users");
            } else {
                assertThat(names(user.get("realmRoles"))).as(name).containsExactly("peerlend-service");
                assertThat(user.has("clientRoles")).as(name).isFalse();
            }
        }
        List<String> confidential = new ArrayList<>();
        for (JsonNode client : realm.get("clients")) {
            if (!client.path("publicClient").asBoolean()) {
                confidential.add(client.get("clientId").asText());
                // no committed secret: production fills it in from its secret store, development makes one
                assertThat(client.get("secret").asText())
                        .as(client.get("clientId").asText())
                        .matches("\\$\\{PEERLEND_CLIENT_SECRET_[A-Z]+}");
            }
        }
        // the lending service calls scoring and KYC's credit search; KYC calls Keycloak's admin API for erasures
        assertThat(confidential).containsExactly("peerlend-lending", "peerlend-kyc");
    }

    @Test
    void development_secrets_are_made_once_per_installation_and_kept(@TempDir Path dir) throws Exception {
        String first = new DevelopmentSecrets(dir).get("a");
        assertThat(first).hasSize(43).isEqualTo(new DevelopmentSecrets(dir).get("a"));
        assertThat(new DevelopmentSecrets(dir).get("b")).isNotEqualTo(first);
        assertThat(Files.getPosixFilePermissions(dir.resolve("a")))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void development_realm_adds_demo_users_and_the_cli_client_and_moves_the_gateway_port() throws Exception {
        JsonNode realm =
                KeycloakServer.developmentRealm(REALM_DIR, Ports.defaults().offsetBy(10000));
        assertThat(names(realm.get("users"), "username"))
                .contains(
                        "borrower1",
                        "borrower2",
                        "lender1",
                        "regulator1",
                        "ops1",
                        "supervisor1",
                        "service-account-peerlend-lending");
        assertThat(names(realm.get("clients"), "clientId")).contains("peerlend-web", "peerlend-dev-cli");
        assertThat(realm.toString()).contains("http://localhost:18080/*").doesNotContain("http://localhost:8080/");
    }

    @Test
    void web_client_requires_pkce_s256() throws Exception {
        JsonNode realm = KeycloakServer.developmentRealm(REALM_DIR, Ports.defaults());
        JsonNode web = null;
        for (JsonNode client : realm.get("clients")) {
            if (client.get("clientId").asText().equals("peerlend-web")) {
                web = client;
            }
        }
        assertThat(web).isNotNull();
        assertThat(web.get("publicClient").asBoolean()).isTrue();
        assertThat(web.at("/attributes/pkce.code.challenge.method").asText()).isEqualTo("S256");
    }

    @Test
    void native_app_client_uses_pkce_a_private_scheme_and_rotated_refresh_tokens() throws Exception {
        JsonNode realm = KeycloakServer.developmentRealm(REALM_DIR, Ports.defaults());
        JsonNode app = client(realm, "peerlend-mobile");
        assertThat(app.get("publicClient").asBoolean()).isTrue();
        assertThat(app.get("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(app.get("implicitFlowEnabled").asBoolean()).isFalse();
        assertThat(app.at("/attributes/pkce.code.challenge.method").asText()).isEqualTo("S256");
        assertThat(names(app.get("redirectUris"))).containsExactly("io.peerlend.app:/oauth2redirect");
        assertThat(names(app.get("webOrigins"))).isEmpty();
        // rotation is the realm's (Keycloak 26 has no per-client switch): every refresh token is good once
        assertThat(realm.get("revokeRefreshToken").asBoolean()).isTrue();
        assertThat(realm.get("refreshTokenMaxReuse").asInt()).isZero();
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode client : realm.get("clients")) {
            if (client.get("clientId").asText().equals(clientId)) {
                return client;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.asText()));
        return names;
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.get(field).asText()));
        return names;
    }
}
