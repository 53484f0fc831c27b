package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.Loans;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The seller takes their listing off the secondary market (nothing happens if it is sold or gone already). */
public record CancelLoanPartListing(String loanId, String listingId, String sellerId) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return Loans.idFor(loanId);
    }
}
