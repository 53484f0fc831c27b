package io.peerlend.lending.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What paying the loan off would cost on {@code asOf} (no state changes; the same arithmetic as a repayment). */
public record QuoteRepayment(String loanId, LocalDate asOf) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return Loans.idFor(loanId);
    }
}
