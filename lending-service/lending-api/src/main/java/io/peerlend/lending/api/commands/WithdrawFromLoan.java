package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.Loans;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The borrower withdraws from the agreement within the cooling-off period (reference from the Idempotency-Key). */
public record WithdrawFromLoan(String loanId, String reference, LocalDate asOf) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return Loans.idFor(loanId);
    }
}
