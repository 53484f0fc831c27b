package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.LenderAccounts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Credit a lender with their share of a loan's receipt {@code receiptNo}; once per loan and receipt. */
public record ReceiveFromLoan(
        String lenderId,
        String loanId,
        int receiptNo,
        long principalMinor,
        long interestMinor,
        String kind,
        String currency) {

    @TargetAggregateIdentifier
    public String accountId() {
        return LenderAccounts.idFor(lenderId);
    }
}
