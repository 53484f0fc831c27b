package io.peerlend.lending.api.events;

import io.peerlend.lending.api.PayerCheck;
import java.time.Instant;

/**
 * Money a lender paid in has settled into their account (the payment provider confirmed it). Part of the lender
 * account's published contract, followed by AML monitoring. {@code payer}: whether the account it came from is in the
 * lender's own name (null in deposits recorded before the platform asked).
 */
public record LenderFundsDeposited(
        String lenderId, String paymentId, long amountMinor, String currency, Instant depositedAt, PayerCheck payer) {

    /** A deposit that says nothing of its payer. */
    public LenderFundsDeposited(
            String lenderId, String paymentId, long amountMinor, String currency, Instant depositedAt) {
        this(lenderId, paymentId, amountMinor, currency, depositedAt, null);
    }
}
