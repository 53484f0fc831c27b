package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.Loans;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The provision fund paid {@code amountMinor} towards a defaulted loan; the loan shares it among its lenders. */
public record RecordDefaultCover(String loanId, long amountMinor) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return Loans.idFor(loanId);
    }
}
