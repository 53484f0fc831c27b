package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.BorrowerExposures;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What the borrower owes and has reserved on the platform now, inside the cap's consistency boundary; changes nothing. */
public record QueryBorrowing(String borrowerId) {

    @TargetAggregateIdentifier
    public String exposureId() {
        return BorrowerExposures.idFor(borrowerId);
    }
}
