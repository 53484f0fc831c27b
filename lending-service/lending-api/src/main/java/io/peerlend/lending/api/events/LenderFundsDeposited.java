package io.peerlend.lending.api.events;

import java.time.Instant;

/**
 * Money a lender paid in has settled into their account (the payment provider confirmed it). Part of the lender
 * account's published contract, followed by AML monitoring; the lender account itself arrives with the lending core.
 */
public record LenderFundsDeposited(
        String lenderId, String paymentId, long amountMinor, String currency, Instant depositedAt) {}
