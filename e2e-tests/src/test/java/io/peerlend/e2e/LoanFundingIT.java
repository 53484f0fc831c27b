package io.peerlend.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The market end to end through the gateway: a verified lender deposits, passes the appropriateness assessment and
 * offers in the market of a borrower's grade; the borrower's application is quoted with its APR and schedule, the
 * borrower accepts, and the loan is funded from the lender's offer; the books reconcile.
 */
class LoanFundingIT extends EndToEndTest {

    @Test
    void a_borrower_is_quoted_from_a_lenders_offer_accepts_and_the_loan_is_funded() throws Exception {
        // a verified borrower applies for 1,000.00 over 12 months and is graded
        Journeys.Application application = Journeys.gradedApplication(api, "Bram", "Okafor", "B5550007", "1000.00", 12);
        String borrower = application.borrowerToken();
        String id = application.id();

        // a verified, assessed and categorised lender deposits 100,000.00 and offers it all at 5.50% in that market
        // (parts up to 1,000.00)
        String lender = Journeys.offeringLender(
                api, "Lotte", "Hansen", "L5550008", application.grade(), 12, "100000.00", "5.50");

        // when the borrower asks for a quote, reads it and accepts
        assertThat(api.post("/api/lending/applications/" + id + "/quote", borrower, "{}")
                        .status())
                .isEqualTo(202);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(api.get("/api/lending/applications/" + id, borrower)
                                .json()
                                .get("status")
                                .asText())
                        .isEqualTo("QUOTED"));
        JsonNode quote =
                api.get("/api/lending/applications/" + id + "/quote", borrower).json();
        assertThat(quote.get("rate").asText()).isEqualTo("5.50");
        assertThat(quote.get("installments")).hasSize(12);
        assertThat(quote.at("/preContractInformation/apr").asText()).endsWith("%");
        Api.Response accepted = api.post("/api/lending/applications/" + id + "/acceptance", borrower, "{}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);

        // then the loan is funded from the lender's offer, whose money is now lent
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(api.get("/api/lending/applications/" + id, borrower)
                                .json()
                                .get("status")
                                .asText())
                        .isEqualTo("FUNDED"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode account = api.get("/api/lending/accounts/me", lender).json();
            assertThat(account.get("committedToOffers").asText()).isEqualTo("99000.00");
            assertThat(account.at("/statement/1/type").asText()).isEqualTo("LENT");
            assertThat(account.at("/statement/1/amount").asText()).isEqualTo("-1000.00");
            // at the rate this lender offered: each lender earns their own rate
            assertThat(account.at("/statement/1/rate").asText()).isEqualTo("5.50");
        });
        String ops = api.tokenFor("ops1");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(api.get("/api/lending/ledger/reconciliation", ops)
                                .json()
                                .get("balanced")
                                .asBoolean())
                        .isTrue());
    }
}
