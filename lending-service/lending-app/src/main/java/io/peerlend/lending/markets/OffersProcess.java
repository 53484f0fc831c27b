package io.peerlend.lending.markets;

import io.peerlend.lending.api.commands.PlaceOffer;
import io.peerlend.lending.api.commands.ReleaseOfferFunds;
import io.peerlend.lending.api.events.FundsCommittedToOffer;
import io.peerlend.lending.api.events.OfferCancelled;
import io.peerlend.lending.markets.domain.MarketRuleBroken;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Placing and cancelling an offer, as steps with compensations: (1) the lender account sets the money aside, (2) the
 * market places the offer — or, if it refuses, the money is released; cancelling gives the unmatched rest back. Each
 * step is idempotent and retried by the tracking processor until it succeeds; never repeated on a replay.
 */
@Component
@ProcessingGroup(OffersProcess.GROUP)
public class OffersProcess {

    public static final String GROUP = "lending-offers";

    private final CommandGateway commands;

    OffersProcess(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    @DisallowReplay
    void on(FundsCommittedToOffer e) {
        try {
            commands.sendAndWait(new PlaceOffer(e.marketId(), e.offerId(), e.lenderId(), e.amountMinor(), e.rateBps()));
        } catch (MarketRuleBroken refused) {
            commands.sendAndWait(new ReleaseOfferFunds(
                    e.lenderId(), e.offerId(), e.amountMinor(), "refused by the market: " + refused.getMessage()));
        }
    }

    @EventHandler
    @DisallowReplay
    void on(OfferCancelled e) {
        commands.sendAndWait(new ReleaseOfferFunds(e.lenderId(), e.offerId(), e.remainingMinor(), "offer cancelled"));
    }
}
