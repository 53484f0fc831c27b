package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.Loans;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sell a listing to {@code buyerId} on the business date {@code asOf}, for no more than {@code maxPriceMinor} (what the
 * buyer set aside: the price may have moved with a repayment since they looked); {@code purchaseId} from the buyer's
 * idempotency key, so a retry is the same purchase. One listing is sold once: a second buyer is refused.
 */
public record TransferLoanPart(
        String loanId, String listingId, String buyerId, String purchaseId, LocalDate asOf, long maxPriceMinor) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return Loans.idFor(loanId);
    }
}
