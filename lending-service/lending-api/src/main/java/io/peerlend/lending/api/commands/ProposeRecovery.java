package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.Loans;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Money recovered on a defaulted loan outside the payment port (a court payment, a sale of the debt), proposed by an
 * officer with a note of the evidence: it counts only once a supervisor who is not that officer approves it.
 */
public record ProposeRecovery(
        String loanId, String reference, long amountMinor, LocalDate asOf, String officerId, String evidence) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return Loans.idFor(loanId);
    }
}
