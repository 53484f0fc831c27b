package io.peerlend.lending.api.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Put committed money into a market's order book at the lender's rate (basis points a year). */
public record PlaceOffer(
        @TargetAggregateIdentifier String marketId, String offerId, String lenderId, long amountMinor, int rateBps) {}
