package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.BorrowerExposures;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A loan was opened: count its principal against the borrower's cap (a no-op when its acceptance already reserved it). */
public record RecordBorrowing(String borrowerId, String loanId, long principalMinor) {

    @TargetAggregateIdentifier
    public String exposureId() {
        return BorrowerExposures.idFor(borrowerId);
    }
}
