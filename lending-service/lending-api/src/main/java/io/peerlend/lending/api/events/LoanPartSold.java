package io.peerlend.lending.api.events;

import java.time.Instant;

/** The seller received {@code priceMinor} less the sale fee {@code feeMinor} for a loan part. */
public record LoanPartSold(
        String lenderId,
        String listingId,
        String purchaseId,
        String loanId,
        long principalMinor,
        long priceMinor,
        long feeMinor,
        String currency,
        Instant soldAt) {}
