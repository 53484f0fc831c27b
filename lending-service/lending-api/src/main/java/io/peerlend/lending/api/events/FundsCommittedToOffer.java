package io.peerlend.lending.api.events;

import java.time.Instant;

/** Money moved from the lender's available balance to an offer; the market places the offer next. */
public record FundsCommittedToOffer(
        String lenderId,
        String offerId,
        String marketId,
        long amountMinor,
        int rateBps,
        String currency,
        Instant committedAt) {}
