package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.LenderAccounts;
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
