package io.peerlend.lending.api;

import java.time.Instant;

/** A lender's money went into a part of a funded loan, out of the offer ({@code offerId}) that had it set aside. */
public record LenderFundsLent(String lenderId, String loanId, long amountMinor, String currency, Instant lentAt,
                              String offerId) {
}
