package io.peerlend.lending.api;

import java.time.Instant;

/** A lender's money went into loan parts of a disbursed loan. */
public record LenderFundsLent(String lenderId, String loanId, long amountMinor, String currency, Instant lentAt) {
}
