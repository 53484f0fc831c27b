package io.peerlend.lending.api.events;

import java.time.Instant;

/** An offer's unused money is available again. */
public record OfferFundsReleased(
        String lenderId, String offerId, long amountMinor, String currency, String reason, Instant releasedAt) {}
