package io.peerlend.kyc.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Behaviour raised a customer's risk (a suspicious activity report): the rating only ever goes up this way. */
public record RaiseRiskRating(@TargetAggregateIdentifier String customerId, RiskRating rating, String reason) {
}
