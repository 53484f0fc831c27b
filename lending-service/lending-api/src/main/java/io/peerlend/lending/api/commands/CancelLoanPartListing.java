package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.Loans;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The seller takes their listing off the secondary market, or the platform does ({@code reason}: why; null for the
 * seller's own choice). Nothing happens if it is sold or gone already.
 */
public record CancelLoanPartListing(String loanId, String listingId, String sellerId, String reason) {

    public CancelLoanPartListing(String loanId, String listingId, String sellerId) {
        this(loanId, listingId, sellerId, null);
    }

    @TargetAggregateIdentifier
    public String aggregateId() {
        return Loans.idFor(loanId);
    }
}
