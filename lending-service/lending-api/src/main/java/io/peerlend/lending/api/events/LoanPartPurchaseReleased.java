package io.peerlend.lending.api.events;

import java.time.Instant;

/** A reservation (or what the price left of it) came back to the buyer's available money; {@code reason} says why. */
public record LoanPartPurchaseReleased(
        String lenderId, String purchaseId, long amountMinor, String currency, String reason, Instant releasedAt) {}
