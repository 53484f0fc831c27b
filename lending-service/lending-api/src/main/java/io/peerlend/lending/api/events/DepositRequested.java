package io.peerlend.lending.api.events;

import java.time.Instant;

/** The platform asked the payment provider to collect a deposit; nothing is in the account until it settles. */
public record DepositRequested(
        String lenderId, String depositId, long amountMinor, String currency, Instant requestedAt) {}
