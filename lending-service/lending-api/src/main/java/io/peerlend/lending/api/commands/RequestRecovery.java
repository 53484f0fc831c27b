package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.Loans;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Collect money recovered on a defaulted loan through the payment provider (from the borrower or a collection
 * agency): it counts only once the provider confirms it arrived, so one officer alone cannot invent a recovery.
 */
public record RequestRecovery(String loanId, String reference, long amountMinor, LocalDate asOf, String officerId) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return Loans.idFor(loanId);
    }
}
