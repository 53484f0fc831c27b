package io.peerlend.lending.api.events;

import java.time.Instant;

/** Principal repaid on a loan (receipt {@code receiptNo}) no longer counts against the borrower's cap. */
public record BorrowingReduced(
        String borrowerId, String loanId, int receiptNo, long principalMinor, Instant reducedAt) {}
