package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.LenderAccounts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Turn money set aside for an offer into a loan part; once per offer and loan.
 *
 * @param rateBps the part's own rate, the offer's, in basis points (for the lender's statement)
 */
public record LendFromOffer(String lenderId, String offerId, String loanId, long amountMinor, int rateBps) {

    /** Without the part's rate (tests of the account alone). */
    public LendFromOffer(String lenderId, String offerId, String loanId, long amountMinor) {
        this(lenderId, offerId, loanId, amountMinor, 0);
    }

    @TargetAggregateIdentifier
    public String accountId() {
        return LenderAccounts.idFor(lenderId);
    }
}
