package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.Loans;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What a listing costs on the business date {@code asOf} (answered as a {@code LoanPartPrice}); changes nothing. */
public record QuoteLoanPartSale(String loanId, String listingId, LocalDate asOf) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return Loans.idFor(loanId);
    }
}
