package io.peerlend.lending.api.events;

import io.peerlend.lending.api.PartPayment;
import java.time.Instant;
import java.util.List;

/**
 * The provision fund paid the lenders of a defaulted loan what it could ({@code amountMinor}: interest due first,
 * then outstanding principal), pro rata with largest-remainder cents; it now has that claim on the borrower.
 */
public record DefaultCovered(
        String loanId,
        int receiptNo,
        long amountMinor,
        long interestMinor,
        long principalMinor,
        String currency,
        List<PartPayment> distributions,
        Instant coveredAt) {}
