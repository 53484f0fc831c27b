package io.peerlend.lending.api.events;

import java.time.Instant;

/** Money left a lender's account for their bank account (the payment provider paid it out). */
public record LenderFundsWithdrawn(
        String lenderId, String paymentId, long amountMinor, String currency, Instant withdrawnAt) {}
