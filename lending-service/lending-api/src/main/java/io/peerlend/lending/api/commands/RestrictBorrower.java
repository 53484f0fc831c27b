package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.BorrowerExposures;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The KYC service stopped this customer borrowing: no loan is funded or paid out to them until lifted. */
public record RestrictBorrower(String borrowerId, boolean freeze, String reason) {

    @TargetAggregateIdentifier
    public String exposureId() {
        return BorrowerExposures.idFor(borrowerId);
    }
}
