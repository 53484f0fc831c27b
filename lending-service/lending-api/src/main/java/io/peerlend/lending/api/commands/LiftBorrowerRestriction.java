package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.BorrowerExposures;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The customer may borrow again (verified or reinstated by the KYC service). */
public record LiftBorrowerRestriction(String borrowerId, String reason) {

    @TargetAggregateIdentifier
    public String exposureId() {
        return BorrowerExposures.idFor(borrowerId);
    }
}
