package io.peerlend.lending.markets;

import io.peerlend.lending.api.commands.CancelOffer;
import io.peerlend.lending.api.commands.ListOpenOffers;
import io.peerlend.lending.api.events.LenderRestricted;
import io.peerlend.lending.markets.domain.MarketRuleBroken;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * An asset freeze (a sanctions block on a lender) takes every offer of theirs off the markets, so no borrower is lent
 * their money: the offers still holding money are read from the lender's account itself (a read model might not
 * have seen the newest), and each is cancelled in its market, which gives the unmatched money back to the (frozen)
 * account. An offer the market does not hold was never placed (refused) or is already gone.
 */
@Component
@ProcessingGroup("lending-asset-freeze")
class AssetFreezeProcess {

    private final CommandGateway commands;

    AssetFreezeProcess(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    @DisallowReplay
    void on(LenderRestricted e) {
        if (!e.freeze()) {
            return;
        }
        Map<String, String> open = commands.sendAndWait(new ListOpenOffers(e.lenderId()));
        open.forEach((offerId, marketId) -> {
            try {
                commands.sendAndWait(new CancelOffer(marketId, offerId, e.lenderId()));
            } catch (MarketRuleBroken notInTheMarket) {
                // refused by the market or already taken off: nothing of it is on offer
            }
        });
    }
}
