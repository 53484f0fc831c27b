package io.peerlend.lending.markets.domain;

import io.peerlend.lending.api.commands.CancelOffer;
import io.peerlend.lending.api.commands.MatchLoan;
import io.peerlend.lending.api.commands.PlaceOffer;
import io.peerlend.lending.api.events.LoanMatched;
import io.peerlend.lending.api.events.OfferCancelled;
import io.peerlend.lending.api.events.OfferPlaced;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MarketTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final String M = "market:B:36";
    private static final OfferPlaced PLACED = new OfferPlaced(M, "off-1", "l-1", 1_000_00, 650, NOW);
    private AggregateTestFixture<Market> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Market.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(MarketPolicy.DEFAULT);
    }

    @Test
    void givenAnEmptyMarket_whenAnOfferIsPlaced_thenItJoinsTheBookOnce() {
        fixture.givenNoPriorActivity()
                .when(new PlaceOffer(M, "off-1", "l-1", 1_000_00, 650))
                .expectEvents(PLACED);
        fixture.given(PLACED)
                .when(new PlaceOffer(M, "off-1", "l-1", 1_000_00, 650))
                .expectNoEvents();
    }

    @Test
    void givenARateBelowTheFloor_whenPlaced_thenRefused() {
        fixture.givenNoPriorActivity()
                .when(new PlaceOffer(M, "off-1", "l-1", 1_000_00, 50))
                .expectException(MarketRuleBroken.class)
                .expectNoEvents();
    }

    @Test
    void givenAnOffer_whenItsOwnerCancels_thenWhatRemainsGoesBack() {
        fixture.given(PLACED)
                .when(new CancelOffer(M, "off-1", "l-1"))
                .expectEvents(new OfferCancelled(M, "off-1", "l-1", 1_000_00, NOW))
                .expectResultMessagePayload(1_000_00L);
    }

    @Test
    void givenEnoughMoney_whenALoanIsMatched_thenItIsFundedOnceFromTheBook() {
        OfferPlaced big = new OfferPlaced(M, "off-2", "l-2", 100_000_00, 600, NOW); // parts up to 1,000.00
        LoanMatched matched = new LoanMatched(
                M,
                "loan-1",
                1_010_00,
                new BigDecimal("6.00"),
                List.of(
                        new LoanMatched.MatchedPart("off-2", "l-2", 1_000_00, 600),
                        new LoanMatched.MatchedPart("off-1", "l-1", 10_00, 650)),
                NOW);
        // off-1 (6.50%) is dearer; the weighted rate (1,000 × 6.00 + 10 × 6.50) / 1,010 = 6.00 after rounding
        fixture.given(PLACED, big)
                .when(new MatchLoan(M, "loan-1", 1_010_00, new BigDecimal("6.10")))
                .expectEvents(matched);
        fixture.given(PLACED, big, matched)
                .when(new MatchLoan(M, "loan-1", 1_010_00, new BigDecimal("6.10")))
                .expectNoEvents();
    }

    @Test
    void givenTooLittleMoneyOrADearerMarket_whenMatched_thenRefusedWithoutChange() {
        fixture.given(PLACED)
                .when(new MatchLoan(M, "loan-1", 5_000_00, new BigDecimal("9.00")))
                .expectException(MarketRuleBroken.class)
                .expectNoEvents();
        fixture.given(PLACED)
                .when(new MatchLoan(M, "loan-1", 10_00, new BigDecimal("6.00")))
                .expectException(MarketRuleBroken.class)
                .expectNoEvents();
    }

    @Test
    void givenSomeoneElsesOffer_whenCancelled_thenRefused() {
        fixture.given(PLACED)
                .when(new CancelOffer(M, "off-1", "l-2"))
                .expectException(MarketRuleBroken.class)
                .expectNoEvents();
    }
}
