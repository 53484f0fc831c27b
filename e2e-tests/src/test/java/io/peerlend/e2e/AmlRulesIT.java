package io.peerlend.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Transaction monitoring's newer rules through the running platform: a lender pays in twice just below the large
 * deposit threshold (structuring), then takes the money out again without lending any of it (in and out). The money
 * moves through the sandbox payment provider and its signed webhooks; KYC sees it in lending's events; operations
 * read the case through the gateway. And a deposit from an account in another name: the sandbox bank reports the
 * payer, lending asks KYC whether that is the lender, and KYC's monitoring raises a third-party payer alert.
 */
class AmlRulesIT extends EndToEndTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void givenTwoDepositsJustBelowTheThreshold_thenStructuring_andTakingItOutUnlent_thenInAndOut() throws Exception {
        // given a verified lender (uk profile: a large deposit is GBP 10,000; "just below" is 80% of it and up)
        String lender = verifiedLender("Marit", "Holmboe", "1977-03-03", "M7770001");
        String lenderId = Api.claims(lender).get("sub").asText();

        // when they pay in GBP 9,000 and then GBP 9,500, one after the other (within the seven-day window)
        for (String amount : List.of("9000.00", "9500.00")) {
            deposit(lender, amount);
        }
        awaitAvailable(lender, "18500.00");

        // then operations see a case for them with a structuring alert naming both payments
        String ops = api.tokenFor("ops1");
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(rules(ops, lenderId)).contains("STRUCTURING"));

        // when they withdraw nearly all of it, having lent none
        Api.Response withdrawal = api.post(
                "/api/lending/accounts/me/withdrawals",
                lender,
                "{\"amount\": \"18000.00\"}",
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(withdrawal.status()).as(withdrawal.body()).isEqualTo(202);

        // then monitoring adds that the platform was used as a pass-through
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(rules(ops, lenderId)).contains("IN_AND_OUT"));
        // and nothing of it is the customer's to see: their own record does not mention a case
        assertThat(api.get("/api/kyc/customers/me", lender).body()).doesNotContain("STRUCTURING", "AML");
    }

    @Test
    void givenADepositFromAnAccountInAnotherName_thenThirdPartyPayer_butNotForTheLendersOwnAccount() throws Exception {
        // given a verified lender, Ingrid Solberg
        String lender = verifiedLender("Ingrid", "Solberg", "1981-06-14", "M7770002");
        String lenderId = Api.claims(lender).get("sub").asText();
        String ops = api.tokenFor("ops1");

        // when the sandbox bank pays in GBP 100 from her own account (as her bank writes it), then GBP 250 from a
        // company's account
        for (String[] deposit :
                List.of(new String[] {"MS I SOLBERG", "100.00"}, new String[] {"NORTHWIND HOLDINGS LTD", "250.00"})) {
            Api.Response planned = api.post(
                    "/api/lending/sandbox/payments/payers",
                    ops,
                    "{\"account\": \"" + lenderId + "\", \"payerName\": \"" + deposit[0] + "\"}");
            assertThat(planned.status()).as(planned.body()).isEqualTo(202);
            deposit(lender, deposit[1]);
            awaitAvailable(lender, deposit[1].equals("100.00") ? "100.00" : "350.00");
        }

        // then the money is hers either way, and operations see one third-party payer alert, for the second only
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(rules(ops, lenderId)).containsExactly("THIRD_PARTY_PAYER"));
        for (JsonNode c : api.get("/api/kyc/aml/cases?status=OPEN", ops).json()) {
            if (lenderId.equals(c.path("customerId").asText())) {
                assertThat(c.path("alerts").get(0).path("evidence")).hasSize(1);
                assertThat(c.path("alerts")
                                .get(0)
                                .path("evidence")
                                .get(0)
                                .path("amountMinor")
                                .asLong())
                        .isEqualTo(250_00);
            }
        }
    }

    /** A new lender signed in through Keycloak and verified by KYC; their token. */
    private String verifiedLender(String first, String last, String born, String passport) throws Exception {
        String username = "aml-" + UUID.randomUUID().toString().substring(0, 8);
        KeycloakRealmIT.admin().createUser(username, "lender");
        String lender = api.tokenFor(username, "Correct-horse-42");
        Api.Response onboarded = api.post(
                "/api/kyc/onboarding", lender, Identities.onboarding("\"LENDER\"", first, last, born, "GB", passport));
        assertThat(onboarded.json().get("status").asText()).isEqualTo("VERIFIED");
        return lender;
    }

    /** Asks to pay in this amount (a new idempotency key), once the lender's account takes deposits. */
    private void deposit(String lender, String amount) {
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(api.post(
                                        "/api/lending/accounts/me/deposits",
                                        lender,
                                        "{\"amount\": \"" + amount + "\"}",
                                        key)
                                .status())
                        .isEqualTo(202));
    }

    /** Waits until the sandbox bank's webhooks have settled the lender's money to this available balance. */
    private void awaitAvailable(String lender, String available) {
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(api.get("/api/lending/accounts/me", lender)
                                .json()
                                .get("available")
                                .asText())
                        .isEqualTo(available));
    }

    /** The rules of every alert on the customer's open cases, as operations read them. */
    private List<String> rules(String ops, String customerId) throws Exception {
        List<String> rules = new ArrayList<>();
        for (JsonNode c : api.get("/api/kyc/aml/cases?status=OPEN", ops).json()) {
            if (customerId.equals(c.path("customerId").asText())) {
                c.path("alerts").forEach(a -> rules.add(a.path("rule").asText()));
            }
        }
        return rules;
    }
}
