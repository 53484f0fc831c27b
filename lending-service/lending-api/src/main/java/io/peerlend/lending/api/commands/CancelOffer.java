package io.peerlend.lending.api.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take an offer out of the market; only its owner may. */
public record CancelOffer(@TargetAggregateIdentifier String marketId, String offerId, String lenderId) {}
