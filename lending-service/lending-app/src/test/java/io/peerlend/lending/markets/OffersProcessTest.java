package io.peerlend.lending.markets;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.peerlend.lending.api.commands.PlaceOffer;
import io.peerlend.lending.api.commands.ReleaseOfferFunds;
import io.peerlend.lending.api.events.FundsCommittedToOffer;
import io.peerlend.lending.api.events.OfferCancelled;
import io.peerlend.lending.markets.domain.MarketRuleBroken;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

/** An offer's steps: money set aside, then placed in the market, or given back when the market refuses it. */
class OffersProcessTest {

    static final Instant NOW = Instant.parse("2027-01-15T10:00:00Z");
    static final FundsCommittedToOffer COMMITTED =
            new FundsCommittedToOffer("lender-1", "off-1", "market:A:12", 500_00, 450, "GBP", NOW);

    CommandGateway commands = mock(CommandGateway.class);
    OffersProcess process = new OffersProcess(commands);

    @Test
    void givenMoneySetAsideForAnOffer_whenHandled_thenTheOfferIsPlacedInItsMarketAndNothingReleased() {
        process.on(COMMITTED);

        verify(commands).sendAndWait(new PlaceOffer("market:A:12", "off-1", "lender-1", 500_00, 450));
        verify(commands, never()).sendAndWait(any(ReleaseOfferFunds.class));
    }

    @Test
    void givenTheMarketRefusesTheOffer_whenHandled_thenTheMoneyGoesBackWithTheMarketsReason() {
        when(commands.sendAndWait(any(PlaceOffer.class))).thenThrow(new MarketRuleBroken("below the rate floor"));

        process.on(COMMITTED);

        verify(commands)
                .sendAndWait(new ReleaseOfferFunds(
                        "lender-1", "off-1", 500_00, "refused by the market: below the rate floor"));
    }

    @Test
    void givenACancelledOffer_whenHandled_thenOnlyWhatWasUnmatchedGoesBack() {
        process.on(new OfferCancelled("market:A:12", "off-1", "lender-1", 120_00, NOW));

        verify(commands).sendAndWait(new ReleaseOfferFunds("lender-1", "off-1", 120_00, "offer cancelled"));
    }
}
