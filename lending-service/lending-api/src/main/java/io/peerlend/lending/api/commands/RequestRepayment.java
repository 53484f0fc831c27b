package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.Loans;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The borrower repays early: {@code full} pays everything off as of {@code asOf}; otherwise {@code amountMinor}.
 * The reference is derived from the Idempotency-Key, so a retry asks nothing twice.
 */
public record RequestRepayment(String loanId, String reference, boolean full, long amountMinor, LocalDate asOf) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return Loans.idFor(loanId);
    }
}
