package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.Loans;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The payment provider's word on a loan's payout or collection: settled, or failed with a reason. Idempotent. */
public record SettleLoanPayment(String loanId, String reference, boolean settled, String reason) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return Loans.idFor(loanId);
    }
}
