package io.peerlend.lending.api.events;

import java.time.Instant;

/** Money left the lender's available balance and is on its way to their bank. */
public record WithdrawalRequested(
        String lenderId, String withdrawalId, long amountMinor, String currency, Instant requestedAt) {}
