package io.peerlend.lending.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The offers still holding the lender's money, from the account itself (changes nothing): what a freeze takes off
 * the markets.
 */
public record ListOpenOffers(String lenderId) {

    @TargetAggregateIdentifier
    public String accountId() {
        return LenderAccounts.idFor(lenderId);
    }
}
