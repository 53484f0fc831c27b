package io.peerlend.lending.accounts;

import static io.peerlend.platform.testing.ServiceTests.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.peerlend.kyc.api.CustomerReferred;
import io.peerlend.kyc.api.CustomerRole;
import io.peerlend.kyc.api.CustomerStatus;
import io.peerlend.kyc.api.CustomerVerified;
import io.peerlend.kyc.api.RiskRating;
import io.peerlend.lending.accounts.payments.WebhookSignature;
import io.peerlend.lending.api.LenderAccounts;
import io.peerlend.lending.api.PayerCheck;
import io.peerlend.lending.api.events.DepositRequested;
import io.peerlend.lending.api.events.LenderFundsDeposited;
import io.peerlend.lending.api.events.LenderRestricted;
import io.peerlend.platform.testing.ServiceTests;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A lender's money through the sandbox payment provider over real HTTP webhooks: deposits settle asynchronously,
 * retries with the same Idempotency-Key move no money twice, withdrawals pay out, and the ledger reconciles.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class LenderAccountIT {

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        ServiceTests.useEventStore(registry);
        ServiceTests.useReadSide(registry, "lending-accounts-it");
        registry.add("peerlend.lending.payments.sandbox.settle-after", () -> "PT0.3S");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    EventGateway events;

    @Autowired
    EventStore store;

    private String verifiedLender() {
        String lender = "lender-" + UUID.randomUUID();
        events.publish(new CustomerVerified(
                lender,
                Set.of(CustomerRole.LENDER),
                RiskRating.MEDIUM,
                LocalDate.now().plusYears(3),
                "system",
                Instant.now()));
        return lender;
    }

    private ResultActions move(String lender, String kind, String key, String amount) throws Exception {
        var request = post("/api/lending/accounts/me/" + kind)
                .with(caller(lender, "lender"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"amount\": \"" + amount + "\"}");
        return mvc.perform(key == null ? request : request.header("Idempotency-Key", key));
    }

    private void awaitAccount(String lender, String available, String pending, String inTransit) {
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(get("/api/lending/accounts/me").with(caller(lender, "lender")))
                        .andExpect(jsonPath("$.available").value(available))
                        .andExpect(jsonPath("$.pendingDeposits").value(pending))
                        .andExpect(jsonPath("$.withdrawalsInTransit").value(inTransit)));
    }

    @Test
    void givenAVerifiedLender_whenDepositingTwiceWithOneKeyAndWithdrawing_thenExactCentsAndBalancedBooks()
            throws Exception {
        String lender = verifiedLender();
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> move(lender, "deposits", "key-1", "2500.00")
                        .andExpect(status().isAccepted())
                        .andExpect(jsonPath("$.status").value("PENDING")));
        String reference = JsonPath.read(
                move(lender, "deposits", "key-1", "2500.00")
                        .andExpect(status().isAccepted())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.reference");
        move(lender, "deposits", "key-1", "2600.00")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://peerlend.io/problems/idempotency-key-reused"))
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));

        awaitAccount(lender, "2500.00", "0.00", "0.00");
        // and the audit trail names who asked: the lender's subject, not their name
        assertThat(store.readEvents(LenderAccounts.idFor(lender))
                        .asStream()
                        .filter(e -> e.getPayload() instanceof DepositRequested)
                        .map(e -> e.getMetaData().get("actor")))
                .containsExactly("user:" + lender);

        move(lender, "withdrawals", "key-2", "999.99").andExpect(status().isAccepted());
        move(lender, "withdrawals", "key-3", "1500.02")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("more than the available balance"));
        awaitAccount(lender, "1500.01", "0.00", "0.00");
        mvc.perform(get("/api/lending/accounts/me").with(caller(lender, "lender")))
                .andExpect(jsonPath("$.statement[0].type").value("DEPOSIT"))
                .andExpect(jsonPath("$.statement[0].reference").value(reference))
                .andExpect(jsonPath("$.statement[1].amount").value("-999.99"))
                .andExpect(jsonPath("$.statement[1].balance").value("1500.01"));
        // and the statement reads a page at a time, oldest first, saying where the next page starts
        mvc.perform(get("/api/lending/accounts/me/statement")
                        .param("limit", "1")
                        .with(caller(lender, "lender")))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.lines.length()").value(1))
                .andExpect(jsonPath("$.lines[0].type").value("DEPOSIT"))
                .andExpect(jsonPath("$.next").value(2));
        mvc.perform(get("/api/lending/accounts/me/statement")
                        .param("from", "2")
                        .param("limit", "50")
                        .with(caller(lender, "lender")))
                .andExpect(jsonPath("$.lines.length()").value(1))
                .andExpect(jsonPath("$.lines[0].amount").value("-999.99"))
                .andExpect(jsonPath("$.next").doesNotExist());
        mvc.perform(get("/api/lending/accounts/me/statement")
                        .param("from", "0")
                        .param("limit", "501")
                        .with(caller(lender, "lender")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(
                                get("/api/lending/ledger/reconciliation").with(caller("ops-1", "ops")))
                        .andExpect(jsonPath("$.balanced").value(true)));
    }

    @Test
    void givenALender_whenTheyTakeTheAppropriatenessAssessment_thenAFailureIsExplainedAndBlocksARetry()
            throws Exception {
        String lender = "lender-" + UUID.randomUUID();
        mvc.perform(get("/api/lending/appropriateness/questions").with(caller(lender, "lender")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(5));
        mvc.perform(post("/api/lending/appropriateness")
                        .with(caller(lender, "lender"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answers\": {\"capital\": \"a\"}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.passed").value(false))
                .andExpect(jsonPath("$.misunderstood.length()").value(5))
                .andExpect(jsonPath("$.retryAfter").exists());
        mvc.perform(post("/api/lending/appropriateness")
                        .with(caller(lender, "lender"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answers\": {\"capital\": \"b\"}}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/lending/investor-category")
                        .with(caller(lender, "lender"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\": \"RESTRICTED\", \"netInvestableAssets\": \"45000.00\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.limitIn12Months").value("4500.00"));
        // and their page can say where they stand
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(get("/api/lending/suitability").with(caller(lender, "lender")))
                        .andExpect(jsonPath("$.assessed").value(false))
                        .andExpect(jsonPath("$.categoryRequired").value(true))
                        .andExpect(jsonPath("$.category").value("RESTRICTED"))
                        .andExpect(jsonPath("$.limitIn12Months").value("4500.00")));
        mvc.perform(post("/api/lending/investor-category")
                        .with(caller(lender, "lender"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\": \"WEALTHY\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("category"));
    }

    @Test
    void givenMoneyAndAPassedAssessment_whenOffering_thenTheMoneyWaitsInTheMarketUntilCancelled() throws Exception {
        String lender = verifiedLender();
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> move(lender, "deposits", "d", "1000.00").andExpect(status().isAccepted()));
        awaitAccount(lender, "1000.00", "0.00", "0.00");
        String offer = "{\"grade\": \"B\", \"termMonths\": 36, \"amount\": \"600.00\", \"rate\": \"6.50\"}";
        offer(lender, "o1", offer).andExpect(status().isConflict()); // no appropriateness assessment yet
        mvc.perform(
                        post("/api/lending/appropriateness")
                                .with(caller(lender, "lender"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"answers\": {\"capital\": \"b\", "
                                                + "\"fscs\": \"b\", \"liquidity\": \"b\", \"diversification\": \"a\", \"failure\": \"b\"}}"))
                .andExpect(jsonPath("$.passed").value(true));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> offer(lender, "o1", offer).andExpect(status().isConflict())); // no investor category yet
        mvc.perform(post("/api/lending/investor-category")
                        .with(caller(lender, "lender"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\": \"RESTRICTED\", \"netInvestableAssets\": \"8000.00\"}"))
                .andExpect(jsonPath("$.limitIn12Months").value("800.00"));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> offer(lender, "o1", offer).andExpect(status().isAccepted()));
        // a retry with the same key is the same offer; a rate below the floor is refused and its money released
        offer(lender, "o1", offer).andExpect(status().isAccepted());
        // the same key for another offer is refused, not taken for the first one
        offer(lender, "o1", offer.replace("6.50", "7.00"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        offer(lender, "o2", offer.replace("600.00", "100.00").replace("6.50", "0.50"))
                .andExpect(status().isAccepted());
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(get("/api/lending/offers").with(caller(lender, "lender")))
                        .andExpect(jsonPath("$.length()").value(2))
                        .andExpect(jsonPath("$[0].status").value("ACTIVE"))
                        .andExpect(jsonPath("$[1].status").value("REFUSED")));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(get("/api/lending/accounts/me").with(caller(lender, "lender")))
                        .andExpect(jsonPath("$.available").value("400.00"))
                        .andExpect(jsonPath("$.committedToOffers").value("600.00")));
        mvc.perform(get("/public/lending/markets"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(30))
                .andExpect(jsonPath("$[?(@.market == 'market:B:36')].lowestRate", hasItem("6.50")));
        // a restricted investor with 8,000.00 of net investable assets may commit 800.00 in 12 months
        offer(lender, "o4", offer.replace("600.00", "300.00"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath(
                        "$.errors[0].message",
                        Matchers.startsWith("a restricted investor may commit at most 800.00 in 12 months")));
        offer(lender, "o3", offer.replace("\"B\"", "\"Z\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("grade"));

        // when the offer is cancelled, its money is available again and the books still balance
        String offerId = JsonPath.read(
                mvc.perform(get("/api/lending/offers").with(caller(lender, "lender")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$[0].offerId");
        mvc.perform(delete("/api/lending/offers/" + offerId).with(caller("someone-else", "lender")))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/lending/offers/" + offerId).with(caller(lender, "lender")))
                .andExpect(status().isAccepted());
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(get("/api/lending/accounts/me").with(caller(lender, "lender")))
                        .andExpect(jsonPath("$.available").value("1000.00"))
                        .andExpect(jsonPath("$.committedToOffers").value("0.00")));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(
                                get("/api/lending/ledger/reconciliation").with(caller("ops-1", "ops")))
                        .andExpect(jsonPath("$.balanced").value(true)));
    }

    private ResultActions offer(String lender, String key, String body) throws Exception {
        return mvc.perform(post("/api/lending/offers")
                .with(caller(lender, "lender"))
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    @Test
    void
            givenALenderWithAnOffer_whenTheKycServiceBlocksThemOnASanctionsMatch_thenTheOfferLeavesTheMarketAndNoMoneyLeaves()
                    throws Exception {
        String lender = verifiedLender();
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> move(lender, "deposits", "d", "1000.00").andExpect(status().isAccepted()));
        awaitAccount(lender, "1000.00", "0.00", "0.00");
        mvc.perform(post("/api/lending/appropriateness")
                .with(caller(lender, "lender"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"answers\": {\"capital\": \"b\", "
                        + "\"fscs\": \"b\", \"liquidity\": \"b\", \"diversification\": \"a\", \"failure\": \"b\"}}"));
        mvc.perform(post("/api/lending/investor-category")
                .with(caller(lender, "lender"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"category\": \"HIGH_NET_WORTH\"}"));
        String offer = "{\"grade\": \"C\", \"termMonths\": 48, \"amount\": \"600.00\", \"rate\": \"7.25\"}";
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> offer(lender, "o1", offer).andExpect(status().isAccepted()));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(get("/api/lending/offers").with(caller(lender, "lender")))
                        .andExpect(jsonPath("$[0].status").value("ACTIVE")));

        // when the re-screening after a list reload blocks them (a strong sanctions match)
        events.publish(
                new CustomerReferred(lender, CustomerStatus.BLOCKED, List.of("strong sanctions match"), Instant.now()));

        // then their offer is taken off the market, its money back on the frozen account, and none of it may leave
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(get("/api/lending/offers").with(caller(lender, "lender")))
                        .andExpect(jsonPath("$[0].status").value("CANCELLED")));
        awaitAccount(lender, "1000.00", "0.00", "0.00");
        move(lender, "withdrawals", "w", "10.00")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", Matchers.startsWith("this account is frozen")));
        assertThat(store.readEvents(LenderAccounts.idFor(lender))
                        .asStream()
                        .map(e -> e.getPayload())
                        .filter(p -> p instanceof LenderRestricted))
                .singleElement()
                .extracting("freeze")
                .isEqualTo(true);
    }

    @Test
    void givenADepositFromANamedPayerWhileKycCannotAnswer_whenSettled_thenCreditedAndRecordedUnchecked()
            throws Exception {
        // given a lender whose next deposit, the sandbox bank says, comes from an account in another name; no KYC
        // service runs in this test, so nobody can say whose name it is
        String lender = verifiedLender();
        mvc.perform(post("/api/lending/sandbox/payments/payers")
                        .with(caller("ops-1", "ops"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"account\": \"" + lender + "\", \"payerName\": \"BRIGHT HORIZON LTD\"}"))
                .andExpect(status().isAccepted());
        mvc.perform(post("/api/lending/sandbox/payments/payers")
                        .with(caller("ops-1", "ops"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"account\": \"" + lender + "\", \"payerName\": \"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("payerName"));

        // when two deposits settle
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> move(lender, "deposits", "k-1", "100.00").andExpect(status().isAccepted()));
        move(lender, "deposits", "k-2", "50.00").andExpect(status().isAccepted());

        // then the money is credited all the same, the first deposit recorded UNCHECKED (its payer was named), the
        // second NOT_REPORTED (the bank said nothing), and no name is in either event
        awaitAccount(lender, "150.00", "0.00", "0.00");
        assertThat(store.readEvents(LenderAccounts.idFor(lender))
                        .asStream()
                        .map(e -> e.getPayload())
                        .filter(p -> p instanceof LenderFundsDeposited)
                        .map(p -> (LenderFundsDeposited) p))
                .extracting(LenderFundsDeposited::amountMinor, LenderFundsDeposited::payer)
                .containsExactly(tuple(100_00L, PayerCheck.UNCHECKED), tuple(50_00L, PayerCheck.NOT_REPORTED));
    }

    @Test
    void givenADeclinedDeposit_whenTheProviderReportsIt_thenNothingIsCredited() throws Exception {
        String lender = verifiedLender();
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> move(lender, "deposits", "k", "100.13").andExpect(status().isAccepted()));
        awaitAccount(lender, "0.00", "0.00", "0.00");
    }

    @Test
    void givenMissingKeysUnverifiedLendersOrForgedWebhooks_whenCalled_thenRefusedAndNothingMoves() throws Exception {
        move(verifiedLender(), "deposits", null, "100.00")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        move("lender-unverified-" + UUID.randomUUID(), "deposits", "k", "100.00")
                .andExpect(status().isConflict());
        mvc.perform(post("/api/lending/accounts/me/deposits")
                        .with(caller("b-1", "borrower"))
                        .header("Idempotency-Key", "k")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"amount\": \"1\"}"))
                .andExpect(status().isForbidden());
        String body = "{\"type\": \"deposit.settled\", \"reference\": \"dep-x\", \"account\": \"l\"}";
        mvc.perform(post("/webhooks/payments")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .header(WebhookSignature.HEADER, WebhookSignature.sign("wrong-secret", Instant.now(), body)))
                .andExpect(status().isUnauthorized());
    }
}
