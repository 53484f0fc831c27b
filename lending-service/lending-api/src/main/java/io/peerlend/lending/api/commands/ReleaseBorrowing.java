package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.BorrowerExposures;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A reservation or loan that no longer counts against the cap (not funded, cancelled, withdrawn, repaid). */
public record ReleaseBorrowing(String borrowerId, String loanId, String reason) {

    @TargetAggregateIdentifier
    public String exposureId() {
        return BorrowerExposures.idFor(borrowerId);
    }
}
