package io.peerlend.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The market end to end through the gateway: a verified lender deposits, passes the appropriateness assessment and
 * offers in the market of a borrower's grade; the borrower's application is quoted with its APR and schedule, the
 * borrower accepts, and the loan is funded from the lender's offer; the books reconcile.
 */
class LoanFundingIT extends EndToEndTest {

    private static final String PASSWORD = "Correct-horse-42";

    @Test
    void a_borrower_is_quoted_from_a_lenders_offer_accepts_and_the_loan_is_funded() throws Exception {
        // a verified borrower applies for 1,000.00 over 12 months and is graded
        String borrowerName = "b-" + UUID.randomUUID().toString().substring(0, 8);
        KeycloakRealmIT.admin().createUser(borrowerName, "borrower");
        String borrower = api.tokenFor(borrowerName, PASSWORD);
        Identities.verifiedBorrower(api, borrower, "Bram", "Okafor", "B5550007");
        String id = api.post("/api/lending/applications", borrower, """
                {"amount": "1000.00", "termMonths": 12, "purpose": "CAR", %s}""".formatted(Api.DECLARATIONS))
                .json().get("id").asText();
        String[] grade = new String[1];
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode application = api.get("/api/lending/applications/" + id, borrower).json();
            assertThat(application.get("status").asText()).isEqualTo("SCORED");
            grade[0] = application.get("grade").asText();
        });

        // a verified, assessed and categorised lender deposits 100,000.00 and offers it all at 5.50% in that market
        // (parts up to 1,000.00)
        String lenderName = "l-" + UUID.randomUUID().toString().substring(0, 8);
        KeycloakRealmIT.admin().createUser(lenderName, "lender");
        String lender = api.tokenFor(lenderName, PASSWORD);
        assertThat(api.post("/api/kyc/onboarding", lender, Identities.onboarding("\"LENDER\"", "Lotte", "Hansen",
                "1970-01-01", "GB", "L5550008")).json().get("status").asText()).isEqualTo("VERIFIED");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.post(
                "/api/lending/accounts/me/deposits", lender, "{\"amount\": \"100000.00\"}",
                Map.of("Idempotency-Key", "deposit-1")).status()).isEqualTo(202));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get("/api/lending/accounts/me", lender).json().get("available").asText())
                        .isEqualTo("100000.00"));
        assertThat(api.post("/api/lending/appropriateness", lender, """
                {"answers": {"capital": "b", "fscs": "b", "liquidity": "b", "diversification": "a", "failure": "b"}}""")
                .json().get("passed").asBoolean()).isTrue();
        assertThat(api.post("/api/lending/investor-category", lender, "{\"category\": \"HIGH_NET_WORTH\"}").status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.post("/api/lending/offers", lender,
                "{\"grade\": \"" + grade[0] + "\", \"termMonths\": 12, \"amount\": \"100000.00\", \"rate\": \"5.50\"}",
                Map.of("Idempotency-Key", "offer-1")).status()).isEqualTo(202));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get("/api/lending/offers", lender).json().get(0).get("status").asText())
                        .isEqualTo("ACTIVE"));

        // when the borrower asks for a quote, reads it and accepts
        assertThat(api.post("/api/lending/applications/" + id + "/quote", borrower, "{}").status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get("/api/lending/applications/" + id, borrower).json().get("status").asText())
                        .isEqualTo("QUOTED"));
        JsonNode quote = api.get("/api/lending/applications/" + id + "/quote", borrower).json();
        assertThat(quote.get("rate").asText()).isEqualTo("5.50");
        assertThat(quote.get("installments")).hasSize(12);
        assertThat(quote.at("/preContractInformation/apr").asText()).endsWith("%");
        Api.Response accepted = api.post("/api/lending/applications/" + id + "/acceptance", borrower, "{}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);

        // then the loan is funded from the lender's offer, whose money is now lent
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get("/api/lending/applications/" + id, borrower).json().get("status").asText())
                        .isEqualTo("FUNDED"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode account = api.get("/api/lending/accounts/me", lender).json();
            assertThat(account.get("committedToOffers").asText()).isEqualTo("99000.00");
            assertThat(account.at("/statement/1/type").asText()).isEqualTo("LENT");
            assertThat(account.at("/statement/1/amount").asText()).isEqualTo("-1000.00");
        });
        String ops = api.tokenFor("ops1");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get("/api/lending/ledger/reconciliation", ops).json().get("balanced").asBoolean())
                        .isTrue());
    }
}
