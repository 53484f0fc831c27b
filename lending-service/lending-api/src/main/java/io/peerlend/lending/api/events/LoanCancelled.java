package io.peerlend.lending.api.events;

import io.peerlend.lending.api.PartPayment;
import java.time.Instant;
import java.util.List;

/**
 * The payout to the borrower failed, so the loan never started: every lender gets their share back (receipt
 * {@code receiptNo}), and the unearned fee is reversed.
 */
public record LoanCancelled(
        String loanId,
        String reason,
        long principalMinor,
        long originationFeeMinor,
        long netDisbursementMinor,
        String currency,
        int receiptNo,
        List<PartPayment> refunds,
        Instant cancelledAt) {}
