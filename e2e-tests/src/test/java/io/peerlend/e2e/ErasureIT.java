package io.peerlend.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A customer's erasure across the running platform: KYC's key goes before the answer, lending's key, the score log's
 * links, the loan book's key and the Keycloak account follow, and the erasure's record says when each did.
 * (The test platform has no retention period after a relationship ends.)
 */
class ErasureIT extends EndToEndTest {

    @Test
    void an_erased_customer_is_gone_from_every_service_and_from_keycloak() throws Exception {
        // given a new customer who onboarded and applied for a loan (declarations sealed in lending, scored)
        KeycloakRealmIT.Admin admin = KeycloakRealmIT.admin();
        String username = "leaver-" + UUID.randomUUID().toString().substring(0, 8);
        String id = admin.createUser(username, "borrower");
        String token = api.tokenFor(username, "Correct-horse-42");
        Identities.verifiedBorrower(api, token, "Lee", "Vermont", "L" + (1_000_000 + new Random().nextInt(8_999_999)));
        Api.Response applied = api.post("/api/lending/applications", token, """
                {"amount": "2000.00", "termMonths": 12, "purpose": "CAR", %s}""".formatted(Api.DECLARATIONS));
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        String application = applied.json().get("id").asText();
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(api.get("/api/lending/applications/" + application, token)
                                .json()
                                .path("status")
                                .asText())
                        .isIn("SCORED", "DECLINED", "QUOTED", "OFFERED"));

        // when the relationship ends and a supervisor erases them
        String ops = api.tokenFor("ops1");
        String supervisor = api.tokenFor("supervisor1");
        Api.Response ended = api.post("/api/kyc/customers/" + id + "/relationship-end", ops, "{}");
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        Api.Response erased = api.post("/api/kyc/customers/" + id + "/erasure", supervisor, "{}");
        assertThat(erased.status()).as(erased.body()).isEqualTo(200);

        // then KYC's key was destroyed before the answer
        assertThat(erasedKey("kyc", id)).isTrue();
        // and every service reports its part, and the record names services and times only
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode progress =
                    api.get("/api/kyc/customers/" + id + "/erasure", supervisor).json();
            assertThat(progress.path("status").asText()).as(progress.toString()).isEqualTo("COMPLETE");
            assertThat(progress.path("done").has("lending")).isTrue();
            assertThat(progress.path("done").has("scoring")).isTrue();
            assertThat(progress.path("done").has("disclosure")).isTrue();
            assertThat(progress.path("done").has("identity-provider")).isTrue();
            assertThat(progress.toString()).doesNotContain("Vermont", username);
        });
        // and lending's key for the sealed declarations is gone too
        assertThat(erasedKey("lending", id)).isTrue();
        // and the Keycloak account is gone: no user, no new sign-in
        assertThat(admin.get("/users/" + id).path("error").asText()).isNotBlank();
        assertThat(api.tokenResponse(Map.of(
                                "client_id",
                                "peerlend-dev-cli",
                                "grant_type",
                                "password",
                                "username",
                                username,
                                "password",
                                "Correct-horse-42"))
                        .status())
                .isEqualTo(401);
    }

    private static boolean erasedKey(String schema, String customerId) throws Exception {
        try (Connection connection = DriverManager.getConnection(platform.postgresJdbcUrl(), "postgres", "");
                PreparedStatement query =
                        connection.prepareStatement("SELECT wrapped_key IS NULL AND erased_at IS NOT NULL FROM "
                                + schema + ".data_keys" + " WHERE customer_id = ?")) {
            query.setString(1, customerId);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
