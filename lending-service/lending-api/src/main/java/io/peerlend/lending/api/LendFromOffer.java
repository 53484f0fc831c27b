package io.peerlend.lending.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Turn money set aside for an offer into a loan part; once per offer and loan. */
public record LendFromOffer(String lenderId, String offerId, String loanId, long amountMinor) {

    @TargetAggregateIdentifier
    public String accountId() {
        return LenderAccounts.idFor(lenderId);
    }
}
