package io.peerlend.lending.api.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The borrower lowers the amount asked for (e.g. to what the market can lend now), before accepting a quote. */
public record ReduceLoanAmount(@TargetAggregateIdentifier String applicationId, long amountMinor) {}
