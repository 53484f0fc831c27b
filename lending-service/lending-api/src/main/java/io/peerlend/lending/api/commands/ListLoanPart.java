package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.Loans;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Offer the lender's holding in a loan (every part of it they own) for sale on the secondary market, at its principal
 * outstanding with a premium ({@code premiumBps} &gt; 0) or discount (&lt; 0) in basis points; {@code listingId} from
 * the request's idempotency key, so a retry lists nothing twice; {@code asOf} the business date.
 */
public record ListLoanPart(String loanId, String listingId, String sellerId, int premiumBps, LocalDate asOf) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return Loans.idFor(loanId);
    }
}
