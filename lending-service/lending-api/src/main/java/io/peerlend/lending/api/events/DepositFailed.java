package io.peerlend.lending.api.events;

import java.time.Instant;

/** The payment provider could not collect the deposit. */
public record DepositFailed(
        String lenderId, String depositId, long amountMinor, String currency, String reason, Instant failedAt) {}
