package io.peerlend.lending.api.events;

import java.time.Instant;

/** An offer left the market with {@code remainingMinor} unmatched, which goes back to the lender. */
public record OfferCancelled(
        String marketId, String offerId, String lenderId, long remainingMinor, Instant cancelledAt) {}
