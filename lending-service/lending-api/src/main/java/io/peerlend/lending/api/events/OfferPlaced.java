package io.peerlend.lending.api.events;

import java.time.Instant;

/** An offer joined the back of its rate level in the market's book. */
public record OfferPlaced(
        String marketId, String offerId, String lenderId, long amountMinor, int rateBps, Instant placedAt) {}
