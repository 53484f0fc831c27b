package io.peerlend.lending.api.events;

import java.time.Instant;

/**
 * A lender's share of a loan's receipt reached their available money: principal back and interest earned ({@code
 * kind}: SCHEDULED, PART, FULL, RECOVERY, PROVISION_FUND, COOLING_OFF or CANCELLED).
 */
public record LenderFundsReceived(
        String lenderId,
        String loanId,
        int receiptNo,
        long principalMinor,
        long interestMinor,
        String kind,
        String currency,
        Instant receivedAt) {}
