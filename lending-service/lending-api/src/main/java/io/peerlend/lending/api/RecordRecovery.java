package io.peerlend.lending.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Money recovered on a defaulted loan (e.g. from a collection agency), received into the client money account. */
public record RecordRecovery(String loanId, String reference, long amountMinor, LocalDate asOf, String by) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return Loans.idFor(loanId);
    }
}
