package io.peerlend.lending.pricing;

import static io.peerlend.platform.testing.ServiceTests.caller;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.peerlend.lending.TestLenders;
import io.peerlend.lending.scoring.LoopbackPeers;
import io.peerlend.platform.testing.ServiceTests;
import java.time.Duration;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.AfterAll;
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
 * Guidance rates from the scoring service's model card (a loopback stand-in over real HTTP), published for anyone,
 * shown in the markets, warned about on offers below break-even, and auto-invest's floor when a rule sets none.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class RateGuidanceIT {

    static final LoopbackPeers scoring = new LoopbackPeers();

    @AfterAll
    static void stopScoring() {
        scoring.close();
    }

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        registry.add("peerlend.lending.scoring.url", scoring::url);
        registry.add("peerlend.lending.kyc.url", scoring::url);
        registry.add("spring.security.oauth2.client.provider.peerlend.token-uri", () -> scoring.url() + "/token");
        registry.add("peerlend.lending.payments.sandbox.settle-after", () -> "PT0.3S");
        ServiceTests.useEventStore(registry);
        ServiceTests.useReadSide(registry, "lending-pricing-it");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    EventGateway events;

    @Test
    void givenTheScorecardsGrades_whenAnyoneAsks_thenEveryMarketsGuidanceIsPublishedWithItsAssumptions()
            throws Exception {
        mvc.perform(get("/public/lending/markets/guidance"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.modelVersion").value("german-credit-1"))
                .andExpect(jsonPath("$.lossGivenDefault").value("0.8500"))
                .andExpect(jsonPath("$.lossGivenDefaultSource").value("ASSUMED"))
                .andExpect(jsonPath("$.servicingFeeOfInterest").value("10.00"))
                .andExpect(jsonPath("$.margin").value("2.00"))
                .andExpect(jsonPath("$.markets.length()").value(30))
                .andExpect(jsonPath("$.markets[?(@.market == 'market:B:36')].pdOverTerm", hasItem("20.48")))
                .andExpect(jsonPath("$.markets[?(@.market == 'market:B:36')].expectedLoss", hasItem("6.25")))
                .andExpect(jsonPath("$.markets[?(@.market == 'market:B:36')].breakEvenRate", hasItem("6.95")))
                .andExpect(jsonPath("$.markets[?(@.market == 'market:B:36')].guidanceRate", hasItem("9.17")))
                .andExpect(jsonPath("$.definitions[1]", startsWith("Yearly default rate")));
        mvc.perform(get("/public/lending/markets"))
                .andExpect(jsonPath("$[?(@.market == 'market:B:36')].guidanceRate", hasItem("9.17")))
                .andExpect(jsonPath("$[?(@.market == 'market:B:36')].breakEvenRate", hasItem("6.95")));
    }

    @Test
    void givenALender_whenOfferingBelowBreakEven_thenTheOfferIsTakenWithAWarning_andAtGuidanceWithout()
            throws Exception {
        String lender = TestLenders.ready(mvc, events, "500.00");
        String b36 = "{\"grade\": \"B\", \"termMonths\": 36, \"amount\": \"100.00\", \"rate\": \"%s\"}";

        // when offering a grade B loan over three years at 5.75%: its interest after the fee is below the loss
        offer(lender, "cheap", b36.formatted("5.75"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.warning", startsWith("at 5.75% this offer is expected to lose money")));
        offer(lender, "fair", b36.formatted("9.50"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.warning").doesNotExist());

        // then both are in the market, the cheap one still warned about in the lender's list
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(get("/api/lending/offers").with(caller(lender, "lender")))
                        .andExpect(jsonPath(
                                "$[?(@.rate == '5.75' && @.status == 'ACTIVE')].warning",
                                hasItem(startsWith("at 5.75%"))))
                        .andExpect(
                                jsonPath("$[?(@.rate == '9.50' && @.warning)]").isEmpty()));
        // and the portfolio's expected return uses the same loss given default
        mvc.perform(get("/api/lending/portfolio").with(caller(lender, "lender")))
                .andExpect(jsonPath("$.returns.lossGivenDefault").value(0.85))
                .andExpect(jsonPath("$.returns.lossGivenDefaultSource").value("ASSUMED"));
    }

    @Test
    void givenAnAutoInvestRuleWithoutAMinimumRate_whenMoneyArrives_thenItIsOfferedAtTheMarketsGuidanceRate()
            throws Exception {
        String lender = TestLenders.ready(mvc, events, "500.00");
        // given the market's lowest offer is 5.75%, below the market's guidance
        offer(lender, "cheap", "{\"grade\": \"B\", \"termMonths\": 36, \"amount\": \"100.00\", \"rate\": \"5.75\"}")
                .andExpect(status().isAccepted());
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(get("/public/lending/markets"))
                        .andExpect(jsonPath("$[?(@.market == 'market:B:36')].lowestRate", hasItem("5.75"))));

        // when the lender sets a rule with no minimum rate of its own
        mvc.perform(put("/api/lending/auto-invest")
                        .with(caller(lender, "lender"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"enabled\": true, \"markets\": [{\"grade\": \"B\", \"termMonths\": 36}], "
                                + "\"maxRate\": \"12.00\", \"reinvestRepayments\": false}"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.minRateAtGuidance").value(true))
                .andExpect(jsonPath("$.minRate").doesNotExist());

        // then the 400.00 still available is offered in B:36 at its guidance rate of 9.17%, not at the market's 5.75%
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(get("/api/lending/offers").with(caller(lender, "lender")))
                        .andExpect(jsonPath("$[?(@.rate == '9.17')].amount", hasItem("400.00"))));
        mvc.perform(get("/api/lending/auto-invest").with(caller(lender, "lender")))
                .andExpect(jsonPath("$.minRateAtGuidance").value(true));
    }

    private ResultActions offer(String lender, String key, String body) throws Exception {
        return mvc.perform(post("/api/lending/offers")
                .with(caller(lender, "lender"))
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }
}
