package io.peerlend.lending.api.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The borrower asks for a (new) quote on a scored application, e.g. after one expired or none was possible. */
public record RequestQuote(@TargetAggregateIdentifier String applicationId) {}
