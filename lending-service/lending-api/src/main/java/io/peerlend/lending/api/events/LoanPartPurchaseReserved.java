package io.peerlend.lending.api.events;

import java.time.Instant;

/** A buyer's money is set aside for a secondary-market purchase (it leaves their available balance). */
public record LoanPartPurchaseReserved(
        String lenderId,
        String purchaseId,
        String listingId,
        String loanId,
        long amountMinor,
        String currency,
        Instant reservedAt) {}
