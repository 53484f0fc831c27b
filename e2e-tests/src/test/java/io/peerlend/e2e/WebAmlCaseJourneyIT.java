package io.peerlend.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * An AML case from the money that opened it to the suspicious activity report, through the real stack: a lender's
 * large deposit opens a case, an officer reads it in the operations portal in a real browser and reports it with
 * their narrative, and a supervisor exports the report for the financial intelligence unit.
 */
class WebAmlCaseJourneyIT extends EndToEndTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void givenALargeDeposit_whenAnOfficerReportsTheCaseInThePortal_thenTheReportCarriesTheirNarrative()
            throws Exception {
        // given a verified lender whose deposit of 12,000.00 opened an AML case
        String username = "wa-" + UUID.randomUUID().toString().substring(0, 8);
        KeycloakRealmIT.admin().createUser(username, "lender");
        String lender = api.tokenFor(username, Journeys.PASSWORD);
        String lenderId = Api.claims(lender).get("sub").asText();
        String passport = "A" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        assertThat(api.post(
                                "/api/kyc/onboarding",
                                lender,
                                Identities.onboarding("\"LENDER\"", "Alma", "Reyes", "1969-03-09", "GB", passport))
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("VERIFIED");
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(
                                api.post("/api/lending/accounts/me/deposits", lender, "{\"amount\": \"12000.00\"}", key)
                                        .status())
                        .isEqualTo(202));
        String ops = api.tokenFor("ops1");
        String caseId = await().atMost(PATIENCE).until(() -> caseOf(ops, lenderId), id -> !id.isEmpty());

        try (Chromium officer = new Chromium(platform.gatewayUrl())) {
            // when an officer opens the case in the portal and reports it with their narrative
            officer.open("/");
            officer.logIn("ops1", "ops1");
            officer.open("/app/ops/aml");
            assertThat(officer.text("case-" + caseId)).contains("LARGE_DEPOSIT").contains("£12,000.00");
            officer.screenshot("ops-aml-case");
            officer.type(
                    "note-" + caseId,
                    "One deposit of 12,000.00 from an account opened the same day; no source of funds given.");
            officer.submit("report-" + caseId);
        }

        // then the case is reported, and the report holds the narrative and the money behind it
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(api.get("/api/kyc/aml/cases/" + caseId, ops)
                                .json()
                                .path("status")
                                .asText())
                        .isEqualTo("REPORTED"));
        // (exporting it for filing is a supervisor's step, audited)
        Api.Response exported = api.get("/api/kyc/aml/cases/" + caseId + "/report", api.tokenFor("supervisor1"));
        assertThat(exported.status()).as(exported.body()).isEqualTo(200);
        JsonNode report = exported.json();
        assertThat(report.path("narrative").asText()).contains("no source of funds given");
        assertThat(report.path("customerId").asText()).isEqualTo(lenderId);
        assertThat(report.path("alerts").toString()).contains("1200000");
    }

    private static String caseOf(String ops, String customerId) {
        for (JsonNode c : api.get("/api/kyc/aml/cases?status=OPEN", ops).json()) {
            if (c.path("customerId").asText().equals(customerId)) {
                return c.path("caseId").asText();
            }
        }
        return "";
    }
}
