package io.peerlend.lending.api.events;

import java.time.Instant;

/** The buyer paid {@code priceMinor} for a loan part of {@code principalMinor} outstanding. */
public record LoanPartBought(
        String lenderId,
        String purchaseId,
        String listingId,
        String loanId,
        long principalMinor,
        long priceMinor,
        String currency,
        Instant boughtAt) {}
