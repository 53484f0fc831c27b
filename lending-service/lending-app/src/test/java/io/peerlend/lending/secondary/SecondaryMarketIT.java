package io.peerlend.lending.secondary;

import static io.peerlend.platform.testing.ServiceTests.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.peerlend.kyc.api.CustomerRole;
import io.peerlend.kyc.api.CustomerVerified;
import io.peerlend.kyc.api.RiskRating;
import io.peerlend.lending.TestLenders;
import io.peerlend.lending.api.Loans;
import io.peerlend.lending.api.events.LoanPartTransferred;
import io.peerlend.lending.scoring.LoopbackPeers;
import io.peerlend.platform.testing.ServiceTests;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A loan part sold on the secondary market through the service: a loan funded by one lender's offer and paid out
 * through the sandbox provider, listed at a discount, raced for by two buyers (one wins, the other's money comes
 * back), retried, and afterwards the accounts, the portfolios, the statements and the ledger all agree to the cent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class SecondaryMarketIT {

    static final LoopbackPeers peers = new LoopbackPeers();

    @AfterAll
    static void stopPeers() {
        peers.close();
    }

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        registry.add("peerlend.lending.scoring.url", peers::url);
        registry.add("peerlend.lending.kyc.url", peers::url);
        registry.add("spring.security.oauth2.client.provider.peerlend.token-uri", () -> peers.url() + "/token");
        registry.add("peerlend.lending.payments.sandbox.settle-after", () -> "PT0.3S");
        ServiceTests.useEventStore(registry);
        ServiceTests.useReadSide(registry, "lending-secondary-it");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    EventGateway events;

    @Autowired
    EventStore store;

    @Test
    void givenAFundedLoan_whenItsLenderSellsAPartAndTwoBuyersRace_thenOneBuysItOnceAndTheBooksAgreeToTheCent()
            throws Exception {
        // given lender A's offer funds a 1,000.00 loan over 60 months, paid out
        String seller = TestLenders.ready(mvc, events, "100000.00");
        offer(seller, "9.50");
        String loanId = fundedLoan();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> mvc.perform(get("/api/lending/portfolio").with(caller(seller, "lender")))
                        .andExpect(jsonPath("$.loanParts[?(@.loanId == '" + loanId + "')].status", hasItem("ACTIVE"))));

        // when A lists their part at a 1% discount
        mvc.perform(post("/api/lending/secondary-market/listings")
                        .with(caller(seller, "lender"))
                        .header("Idempotency-Key", "list-1")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"loanIds\": [\"" + loanId + "\"], \"premium\": \"-1.00\"}"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$[0].status").value("LISTED"));
        String listingId = awaitListing(seller, loanId);

        // and two buyers, each with money enough for the 1% per borrower, try to buy it at the same moment
        String buyer1 = TestLenders.ready(mvc, events, "150000.00");
        String buyer2 = TestLenders.ready(mvc, events, "150000.00");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<MvcResult>> attempts = new ArrayList<>();
        for (String buyer : List.of(buyer1, buyer2)) {
            Callable<MvcResult> buy = () -> buy(buyer, listingId, "buy-1");
            attempts.add(pool.submit(buy));
        }
        List<Integer> answers = new ArrayList<>();
        String winner = null;
        for (int i = 0; i < 2; i++) {
            MvcResult r = attempts.get(i).get();
            answers.add(r.getResponse().getStatus());
            if (r.getResponse().getStatus() == 202) {
                winner = i == 0 ? buyer1 : buyer2;
            }
        }
        pool.shutdown();

        // then exactly one bought it, the other was told it is gone
        assertThat(answers).containsExactlyInAnyOrder(202, 409);
        String loser = winner.equals(buyer1) ? buyer2 : buyer1;
        List<LoanPartTransferred> transfers = store.readEvents(Loans.idFor(loanId))
                .asStream()
                .map(m -> m.getPayload())
                .filter(p -> p instanceof LoanPartTransferred)
                .map(p -> (LoanPartTransferred) p)
                .toList();
        assertThat(transfers).singleElement().satisfies(t -> {
            assertThat(t.principalMinor()).isEqualTo(1_000_00);
            assertThat(t.premiumMinor()).isEqualTo(-10_00);
            assertThat(t.priceMinor()).isEqualTo(990_00 + t.accruedInterestMinor());
            assertThat(t.feeMinor()).isEqualTo(9_90);
        });
        LoanPartTransferred sale = transfers.get(0);
        String price = money(sale.priceMinor());

        // and a retry of the winner's purchase is the same purchase; the loser's money is all back
        String winnerId = winner;
        MvcResult again = buy(winnerId, listingId, "buy-1");
        assertThat(again.getResponse().getStatus()).isEqualTo(202);
        assertThat((String) JsonPath.read(again.getResponse().getContentAsString(), "$.price"))
                .isEqualTo(price);
        TestLenders.awaitAvailable(mvc, loser, "150000.00");
        TestLenders.awaitAvailable(mvc, winnerId, money(150_000_00 - sale.priceMinor()));
        // the seller has the price less the 1% fee (the rest of their money is still on offer)
        TestLenders.awaitAvailable(mvc, seller, money(sale.priceMinor() - 9_90));

        // and the portfolios: the seller's part is sold, the buyer holds 1,000.00 of the loan
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(get("/api/lending/portfolio").with(caller(winnerId, "lender")))
                        .andExpect(jsonPath("$.loanParts[0].loanId").value(loanId))
                        .andExpect(jsonPath("$.loanParts[0].outstanding").value("1000.00")));
        mvc.perform(get("/api/lending/portfolio").with(caller(seller, "lender")))
                .andExpect(jsonPath("$.loanParts[?(@.loanId == '" + loanId + "')].status", hasItem("SOLD")));
        // and both statements say so
        mvc.perform(get("/api/lending/accounts/me").with(caller(seller, "lender")))
                .andExpect(jsonPath("$.statement[?(@.type == 'PART_SOLD')].amount", hasItem(price)))
                .andExpect(jsonPath("$.statement[?(@.type == 'SALE_FEE')].amount", hasItem("-9.90")));
        mvc.perform(get("/api/lending/accounts/me").with(caller(winnerId, "lender")))
                .andExpect(jsonPath("$.statement[?(@.type == 'PART_BOUGHT')].amount", hasItem("-" + price)));
        // and the listing shows sold, to the buyer as theirs
        mvc.perform(get("/api/lending/secondary-market/listings/mine").with(caller(winnerId, "lender")))
                .andExpect(jsonPath("$[0].status").value("SOLD"))
                .andExpect(jsonPath("$[0].price").value(price));
        // and the ledger balances: cash, receivables, the fee and the settlement account
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(
                                get("/api/lending/ledger/reconciliation").with(caller("ops-1", "ops")))
                        .andExpect(jsonPath("$.balanced").value(true))
                        .andExpect(jsonPath("$.balances['lender-receivable:" + winnerId + "']")
                                .value(-1_000_00)));
    }

    @Test
    void givenAListedPart_whenALenderTurnsOnAnAutoInvestRuleForItsMarket_thenTheRuleBuysItThenOffersTheRest()
            throws Exception {
        // given lender A's part of a funded loan listed at a 1% discount (A offers below any other test's rate here)
        String seller = TestLenders.ready(mvc, events, "100000.00");
        String buyer = TestLenders.ready(mvc, events, "150000.00");
        try {
            offer(seller, "9.00");
            String loanId = fundedLoan();
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(
                            () -> mvc.perform(get("/api/lending/portfolio").with(caller(seller, "lender")))
                                    .andExpect(jsonPath(
                                            "$.loanParts[?(@.loanId == '" + loanId + "')].status", hasItem("ACTIVE"))));
            mvc.perform(post("/api/lending/secondary-market/listings")
                            .with(caller(seller, "lender"))
                            .header("Idempotency-Key", "list-auto")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"loanIds\": [\"" + loanId + "\"], \"premium\": \"-1.00\"}"))
                    .andExpect(status().isAccepted());
            awaitListing(seller, loanId);

            // when lender B, with money, turns on a rule for that market: 1% to 30%, at most 2,000.00 in a loan
            mvc.perform(put("/api/lending/auto-invest")
                            .with(caller(buyer, "lender"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"enabled\": true, \"markets\": [{\"grade\": \"B\", \"termMonths\": 60}], "
                                    + "\"minRate\": \"1.00\", \"maxRate\": \"30.00\", \"maxPerLoan\": \"2000.00\", "
                                    + "\"reinvestRepayments\": false}"))
                    .andExpect(status().isAccepted());

            // then the rule buys the listed part (its yield lies within the rule's rates)...
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> mvc.perform(
                                    get("/api/lending/portfolio").with(caller(buyer, "lender")))
                            .andExpect(jsonPath(
                                    "$.loanParts[?(@.loanId == '" + loanId + "')].outstanding", hasItem("1000.00"))));
            mvc.perform(get("/api/lending/secondary-market/listings/mine").with(caller(buyer, "lender")))
                    .andExpect(jsonPath("$[0].status").value("SOLD"));
            // ...and offers the rest of the money in the market, as auto-invest does
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> mvc.perform(get("/api/lending/offers").with(caller(buyer, "lender")))
                            .andExpect(jsonPath("$[?(@.market == 'market:B:60')].status", hasItem("ACTIVE"))));
            TestLenders.awaitAvailable(mvc, buyer, "0.00");
        } finally {
            // the rule off and both lenders' offers withdrawn, so the other tests' loans here are funded as they expect
            mvc.perform(put("/api/lending/auto-invest")
                    .with(caller(buyer, "lender"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"enabled\": false, \"markets\": [{\"grade\": \"B\", \"termMonths\": 60}], "
                            + "\"maxRate\": \"30.00\", \"reinvestRepayments\": false}"));
            withdrawOffers(seller);
            withdrawOffers(buyer);
        }
    }

    private void withdrawOffers(String lender) throws Exception {
        String offers = mvc.perform(get("/api/lending/offers").with(caller(lender, "lender")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> active = JsonPath.read(offers, "$[?(@.status == 'ACTIVE')].offerId");
        for (String offerId : active) {
            mvc.perform(delete("/api/lending/offers/" + offerId).with(caller(lender, "lender")))
                    .andExpect(status().isAccepted());
        }
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(get("/api/lending/offers").with(caller(lender, "lender")))
                        .andExpect(jsonPath("$[?(@.status == 'ACTIVE')]").isEmpty()));
    }

    @Test
    void givenBadListingsOrPurchases_whenAsked_thenEachIsRefusedWithItsReasonAndNothingMoves() throws Exception {
        String lender = TestLenders.ready(mvc, events, "1000.00");
        mvc.perform(post("/api/lending/secondary-market/listings")
                        .with(caller(lender, "lender"))
                        .header("Idempotency-Key", "l")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"loanIds\": [], \"premium\": \"ten\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("premium"));
        mvc.perform(post("/api/lending/secondary-market/listings")
                        .with(caller(lender, "lender"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"all\": true, \"premium\": \"0\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        mvc.perform(post("/api/lending/secondary-market/listings")
                        .with(caller(lender, "lender"))
                        .header("Idempotency-Key", "l")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"all\": true, \"premium\": \"0\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("you hold nothing to sell"));
        mvc.perform(post("/api/lending/secondary-market/listings/no-such/purchase")
                        .with(caller(lender, "lender"))
                        .header("Idempotency-Key", "b"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/lending/secondary-market/listings").with(caller(lender, "borrower")))
                .andExpect(status().isForbidden());
        TestLenders.awaitAvailable(mvc, lender, "1000.00");
    }

    private MvcResult buy(String buyer, String listingId, String key) throws Exception {
        return mvc.perform(post("/api/lending/secondary-market/listings/" + listingId + "/purchase")
                        .with(caller(buyer, "lender"))
                        .header("Idempotency-Key", key))
                .andReturn();
    }

    private String awaitListing(String seller, String loanId) {
        String[] id = new String[1];
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            MvcResult r = mvc.perform(
                            get("/api/lending/secondary-market/listings/mine").with(caller(seller, "lender")))
                    .andExpect(jsonPath("$[0].loanId").value(loanId))
                    .andExpect(jsonPath("$[0].status").value("OPEN"))
                    .andExpect(jsonPath("$[0].principal").value("1000.00"))
                    .andExpect(jsonPath("$[0].askingPrice").value("990.00"))
                    .andExpect(jsonPath("$[0].grade").value("B"))
                    .andExpect(jsonPath("$[0].yieldToMaturity").isString())
                    .andReturn();
            id[0] = JsonPath.read(r.getResponse().getContentAsString(), "$[0].listingId");
        });
        return id[0];
    }

    /**
     * All the lender's money in market B × 60 (no other test of this JVM's shared store offers there): a 1,000.00
     * loan is then one part (1% of the offer).
     */
    private void offer(String lender, String rate) throws Exception {
        mvc.perform(post("/api/lending/offers")
                        .with(caller(lender, "lender"))
                        .header("Idempotency-Key", "o-1")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"grade\": \"B\", \"termMonths\": 60, \"amount\": \"100000.00\", \"rate\": \"" + rate
                                + "\"}"))
                .andExpect(status().isAccepted());
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(get("/api/lending/offers").with(caller(lender, "lender")))
                        .andExpect(jsonPath("$[0].status").value("ACTIVE")));
    }

    /** A verified borrower's 1,000.00 over 60 months: scored B, quoted, accepted, funded and paid out. */
    private String fundedLoan() throws Exception {
        String borrower = "borrower-" + UUID.randomUUID();
        events.publish(new CustomerVerified(
                borrower,
                Set.of(CustomerRole.BORROWER),
                RiskRating.LOW,
                LocalDate.now().plusYears(3),
                "system",
                Instant.now()));
        String body = """
                {"amount": "1000.00", "termMonths": 60, "purpose": "CAR",
                 "finances": {"netIncome": "2800.00", "outgoings": "1200.00", "debtRepayments": "100.00"},
                 "circumstances": {"currentAccount": "LOW", "creditHistory": "EXISTING_REPAID_ON_TIME",
                   "savings": "LOW", "employmentStatus": "EMPLOYED", "employmentYears": 3,
                   "property": "CAR_OR_OTHER", "age": 31, "otherInstalmentPlans": "NONE", "housing": "RENT",
                   "existingCredits": 1}}""";
        String[] id = new String[1];
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            MvcResult created = mvc.perform(post("/api/lending/applications")
                            .with(caller(borrower, "borrower"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().isCreated())
                    .andReturn();
            id[0] = JsonPath.read(created.getResponse().getContentAsString(), "$.id");
        });
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> mvc.perform(
                                get("/api/lending/applications/" + id[0]).with(caller(borrower, "borrower")))
                        .andExpect(jsonPath("$.status").value("QUOTED")));
        mvc.perform(post("/api/lending/applications/" + id[0] + "/acceptance").with(caller(borrower, "borrower")))
                .andExpect(status().isAccepted());
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> mvc.perform(get("/api/lending/loans").with(caller(borrower, "borrower")))
                        .andExpect(jsonPath("$[0].status").value("ACTIVE")));
        return id[0];
    }

    private static String money(long minor) {
        return BigDecimal.valueOf(minor, 2).toPlainString();
    }
}
