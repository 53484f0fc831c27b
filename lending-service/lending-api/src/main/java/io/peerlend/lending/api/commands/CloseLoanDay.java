package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.Loans;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Close of business for one loan: collect what fell due, age arrears, charge late fees, default. Idempotent. */
public record CloseLoanDay(String loanId, LocalDate businessDate) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return Loans.idFor(loanId);
    }
}
