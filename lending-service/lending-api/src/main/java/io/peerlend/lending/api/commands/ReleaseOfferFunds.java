package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.LenderAccounts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Give an offer's unused money back to the available balance (cancelled or refused offer); idempotent. */
public record ReleaseOfferFunds(String lenderId, String offerId, long amountMinor, String reason) {

    @TargetAggregateIdentifier
    public String accountId() {
        return LenderAccounts.idFor(lenderId);
    }
}
