package io.peerlend.lending.api.events;

import java.time.Instant;

/**
 * A lender's money went into a part of a funded loan, out of the offer ({@code offerId}) that had it set aside.
 *
 * @param rateBps the part's own rate in basis points, the rate this lender earns on it (null in events stored before
 *                parts carried it)
 */
public record LenderFundsLent(
        String lenderId,
        String loanId,
        long amountMinor,
        String currency,
        Instant lentAt,
        String offerId,
        Integer rateBps) {

    /** The shape stored before the part's rate was added. */
    public LenderFundsLent(
            String lenderId, String loanId, long amountMinor, String currency, Instant lentAt, String offerId) {
        this(lenderId, loanId, amountMinor, currency, lentAt, offerId, null);
    }
}
