package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.Loans;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A supervisor's approval of a proposed recovery (never the proposing officer's own). */
public record ApproveRecovery(String loanId, String reference, String supervisorId) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return Loans.idFor(loanId);
    }
}
