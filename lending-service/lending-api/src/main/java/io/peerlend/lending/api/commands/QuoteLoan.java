package io.peerlend.lending.api.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Ask a market, inside its consistency boundary, which offers would fund a loan now; nothing changes (the answer is
 * the command's result). Acceptance matches for real and re-checks the rate.
 */
public record QuoteLoan(@TargetAggregateIdentifier String marketId, long amountMinor) {}
