package io.peerlend.lending.api.events;

import java.time.Instant;

/** The payout failed; the money is back in the lender's available balance. */
public record WithdrawalFailed(
        String lenderId, String withdrawalId, long amountMinor, String currency, String reason, Instant failedAt) {}
