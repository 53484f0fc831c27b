package io.peerlend.lending.api.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Close of business asks a quoted application whether it has expired (its quote lapsed long enough ago). */
public record ExpireApplication(@TargetAggregateIdentifier String applicationId) {}
