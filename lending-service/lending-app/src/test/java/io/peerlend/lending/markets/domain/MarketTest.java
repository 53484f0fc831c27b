package io.peerlend.lending.markets.domain;

import io.peerlend.lending.api.CancelOffer;
import io.peerlend.lending.api.OfferCancelled;
import io.peerlend.lending.api.OfferPlaced;
import io.peerlend.lending.api.PlaceOffer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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
        fixture.givenNoPriorActivity().when(new PlaceOffer(M, "off-1", "l-1", 1_000_00, 650)).expectEvents(PLACED);
        fixture.given(PLACED).when(new PlaceOffer(M, "off-1", "l-1", 1_000_00, 650)).expectNoEvents();
    }

    @Test
    void givenARateBelowTheFloor_whenPlaced_thenRefused() {
        fixture.givenNoPriorActivity().when(new PlaceOffer(M, "off-1", "l-1", 1_000_00, 50))
                .expectException(MarketRuleBroken.class)
                .expectNoEvents();
    }

    @Test
    void givenAnOffer_whenItsOwnerCancels_thenWhatRemainsGoesBack() {
        fixture.given(PLACED).when(new CancelOffer(M, "off-1", "l-1"))
                .expectEvents(new OfferCancelled(M, "off-1", "l-1", 1_000_00, NOW))
                .expectResultMessagePayload(1_000_00L);
    }

    @Test
    void givenSomeoneElsesOffer_whenCancelled_thenRefused() {
        fixture.given(PLACED).when(new CancelOffer(M, "off-1", "l-2"))
                .expectException(MarketRuleBroken.class)
                .expectNoEvents();
    }
}
