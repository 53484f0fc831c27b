package io.peerlend.lending.api.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The borrower accepts the current quote; accepting twice is one acceptance. */
public record AcceptQuote(@TargetAggregateIdentifier String applicationId) {}
