package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.Loans;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What paying the loan off would cost on {@code asOf} (no state changes; the same arithmetic as a repayment). */
public record QuoteRepayment(String loanId, LocalDate asOf) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return Loans.idFor(loanId);
    }
}
