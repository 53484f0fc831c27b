package io.peerlend.lending.api.events;

import io.peerlend.lending.api.PartPayment;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The borrower withdrew within the cooling-off period: they paid back what they received ({@code amountMinor}:
 * principal less the refunded origination fee, plus interest for the days they held it); lenders get their principal
 * and that interest (less the servicing fee); the origination fee, still unearned, is refunded.
 */
public record LoanWithdrawn(
        String loanId,
        String reference,
        int receiptNo,
        long amountMinor,
        String currency,
        long principalMinor,
        long interestMinor,
        long servicingFeeMinor,
        long originationFeeRefundMinor,
        List<PartPayment> distributions,
        LocalDate withdrawnOn,
        Instant withdrawnAt) {}
