package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.BorrowerExposures;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Principal the borrower repaid on a loan (once per receipt): it no longer counts against the cap. */
public record ReduceBorrowing(String borrowerId, String loanId, int receiptNo, long principalMinor) {

    @TargetAggregateIdentifier
    public String exposureId() {
        return BorrowerExposures.idFor(borrowerId);
    }
}
