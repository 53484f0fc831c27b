package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.LenderAccounts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Set aside available money for a new offer (the first step of placing it); idempotent by offer id. */
public record CommitToOffer(
        String lenderId, String offerId, String marketId, long amountMinor, int rateBps, String currency) {

    @TargetAggregateIdentifier
    public String accountId() {
        return LenderAccounts.idFor(lenderId);
    }
}
