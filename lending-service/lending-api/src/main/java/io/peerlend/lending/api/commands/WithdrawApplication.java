package io.peerlend.lending.api.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The borrower withdraws their application (any time before they accept a quote). */
public record WithdrawApplication(@TargetAggregateIdentifier String applicationId, String by) {}
