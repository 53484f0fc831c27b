package io.peerlend.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The auditor's question: after a customer's whole life on the platform (onboarding, an application, a loan, a
 * complaint, erasure), where can their personal data still be read? Every store and log is searched for their name,
 * date of birth, email, address, document number, declared income and complaint text: before erasure they appear
 * only sealed, after it nowhere readable, and Keycloak has no account for them.
 */
class PersonalDataScanIT extends EndToEndTest {

    @Test
    void a_customers_personal_data_is_only_ever_sealed_and_after_erasure_readable_nowhere() throws Exception {
        // given a borrower with distinctive details, who onboards, applies, borrows and complains
        KeycloakRealmIT.Admin admin = KeycloakRealmIT.admin();
        String username = "scan-" + UUID.randomUUID().toString().substring(0, 8);
        String id = admin.createUser(username, "borrower");
        String token = api.tokenFor(username, Journeys.PASSWORD);
        String passport = "Q" + (1_000_000 + new Random().nextInt(8_999_999));
        String onboarding = Identities.onboarding("\"BORROWER\"", "Quillon", "Maravetz", "1977-07-23", "GB", passport)
                .replace("1 Test Street", "27 Wrenfield Gardens");
        Api.Response onboarded = api.post("/api/kyc/onboarding", token, onboarding);
        assertThat(onboarded.status()).as(onboarded.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(api.get("/api/kyc/customers/me", token)
                                .json()
                                .path("status")
                                .asText())
                        .isEqualTo("VERIFIED"));
        String declarations = Api.DECLARATIONS.replace("\"3200.00\"", "\"3187.53\"");
        String application = api.post("/api/lending/applications", token, """
                {"amount": "1000.00", "termMonths": 60, "purpose": "CAR", %s}""".formatted(declarations))
                .json()
                .get("id")
                .asText();
        String[] grade = new String[1];
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var view =
                    api.get("/api/lending/applications/" + application, token).json();
            assertThat(view.path("status").asText()).isIn("SCORED", "QUOTED");
            grade[0] = view.path("grade").asText();
        });
        // a market (60 months) no other end-to-end test lends in, so this lender's money funds no one else's loan
        Journeys.offeringLender(api, "Lotte", "Hansen", "L" + passport.substring(1), grade[0], 60, "100000.00", "5.50");
        assertThat(api.post("/api/lending/applications/" + application + "/quote", token, "{}")
                        .status())
                .isEqualTo(202);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(api.get("/api/lending/applications/" + application, token)
                                .json()
                                .path("status")
                                .asText())
                        .isEqualTo("QUOTED"));
        assertThat(api.post("/api/lending/applications/" + application + "/acceptance", token, "{}")
                        .status())
                .isEqualTo(202);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(api.get("/api/lending/applications/" + application, token)
                                .json()
                                .path("status")
                                .asText())
                        .isEqualTo("FUNDED"));
        String complaint = "Quillon Maravetz of Wrenfield Gardens was charged twice";
        assertThat(api.post("/api/kyc/complaints", token, """
                {"category": "REPAYMENTS_AND_ARREARS", "description": "%s"}""".formatted(complaint))
                        .status())
                .isEqualTo(201);
        List<String> pieces = List.of(
                "Quillon",
                "Maravetz",
                "1977-07-23",
                passport,
                passport.toLowerCase() + "@example.org",
                "Wrenfield",
                "3187.53",
                "charged twice");
        Path var = Path.of(System.getProperty("peerlend.e2e.var", "target/var"));
        String mongo = platform.mongoUri("lending");

        // then, before erasure, none of it can be read in any store or log (it is there only sealed)
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(api.get("/api/kyc/complaints/mine", token)
                                .json()
                                .size())
                        .isEqualTo(1));
        assertThat(PersonalDataScan.findings(platform.postgresJdbcUrl(), mongo, var, pieces))
                .as("personal data readable before erasure")
                .isEmpty();
        // (the scan does read every store: the customer's pseudonymous id, which is not personal data, is found in
        // the event store, the read side and the logs)
        assertThat(PersonalDataScan.findings(platform.postgresJdbcUrl(), mongo, var, List.of(id)))
                .anyMatch(f -> f.startsWith("postgres public.domain_event_entry"))
                .anyMatch(f -> f.startsWith("mongo peerlend-kyc."))
                .anyMatch(f -> f.startsWith("log "));

        // when the relationship ends and the customer is erased everywhere
        String supervisor = api.tokenFor("supervisor1");
        assertThat(api.post("/api/kyc/customers/" + id + "/relationship-end", api.tokenFor("ops1"), "{}")
                        .status())
                .isEqualTo(200);
        assertThat(api.post("/api/kyc/customers/" + id + "/erasure", supervisor, "{}")
                        .status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(api.get("/api/kyc/customers/" + id + "/erasure", supervisor)
                                .json()
                                .path("status")
                                .asText())
                        .isEqualTo("COMPLETE"));

        // then it is readable nowhere, and Keycloak has no account for them
        assertThat(PersonalDataScan.findings(platform.postgresJdbcUrl(), mongo, var, pieces))
                .as("personal data readable after erasure")
                .isEmpty();
        assertThat(admin.get("/users?username=" + username).size()).isZero();
        assertThat(api.tokenResponse(Map.of(
                                "client_id",
                                "peerlend-dev-cli",
                                "grant_type",
                                "password",
                                "username",
                                username,
                                "password",
                                Journeys.PASSWORD))
                        .status())
                .isEqualTo(401);
    }
}
