package io.peerlend.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A lender's money end to end: KYC as a lender, a deposit through the sandbox payment provider (signed webhook), a
 * retried request that moves nothing twice, AML monitoring seeing the large deposit, a withdrawal, and books that
 * reconcile.
 */
class LenderMoneyIT extends EndToEndTest {

    @Test
    void a_verified_lender_deposits_and_withdraws_aml_sees_the_large_deposit_and_the_ledger_reconciles()
            throws Exception {
        String username = "lender-" + UUID.randomUUID().toString().substring(0, 8);
        KeycloakRealmIT.admin().createUser(username, "lender");
        String lender = api.tokenFor(username, "Correct-horse-42");
        String lenderId = Api.claims(lender).get("sub").asText();

        // a lender must be verified before putting money in
        Api.Response early = api.post(
                "/api/lending/accounts/me/deposits",
                lender,
                "{\"amount\": \"100.00\"}",
                Map.of("Idempotency-Key", "early"));
        assertThat(early.status()).as(early.body()).isEqualTo(409);
        Api.Response onboarded = api.post(
                "/api/kyc/onboarding",
                lender,
                Identities.onboarding("\"LENDER\"", "Leonora", "Vance", "1975-07-07", "GB", "L8880001"));
        assertThat(onboarded.json().get("status").asText()).isEqualTo("VERIFIED");

        // when they deposit GBP 12,000 (and their app retries the same request)
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                api.post("/api/lending/accounts/me/deposits", lender, "{\"amount\": \"12000.00\"}", key)
                                        .status())
                        .isEqualTo(202));
        Api.Response retried = api.post("/api/lending/accounts/me/deposits", lender, "{\"amount\": \"12000.00\"}", key);
        assertThat(retried.status()).isEqualTo(202);

        // then it settles once, through the provider's signed webhook
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(api.get("/api/lending/accounts/me", lender)
                                .json()
                                .get("available")
                                .asText())
                        .isEqualTo("12000.00"));
        // and AML monitoring opens a case for the large deposit
        String ops = api.tokenFor("ops1");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode cases = api.get("/api/kyc/aml/cases?status=OPEN", ops).json();
            assertThat(cases.findValues("customerId").toString()).contains(lenderId);
        });

        // when they withdraw part of it
        Api.Response withdrawal = api.post(
                "/api/lending/accounts/me/withdrawals",
                lender,
                "{\"amount\": \"2500.55\"}",
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(withdrawal.status()).as(withdrawal.body()).isEqualTo(202);

        // then the statement shows the exact cents, and the books reconcile
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode account = api.get("/api/lending/accounts/me", lender).json();
            assertThat(account.get("available").asText()).isEqualTo("9499.45");
            assertThat(account.get("withdrawalsInTransit").asText()).isEqualTo("0.00");
            assertThat(account.get("statement")).hasSize(2);
        });
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(api.get("/api/lending/ledger/reconciliation", ops)
                                .json()
                                .get("balanced")
                                .asBoolean())
                        .isTrue());
    }
}
