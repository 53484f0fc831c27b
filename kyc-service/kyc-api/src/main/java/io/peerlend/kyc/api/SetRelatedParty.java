package io.peerlend.kyc.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record how the customer is related to the platform ({@code relation} null: not related); {@code by}: who says so. */
public record SetRelatedParty(@TargetAggregateIdentifier String customerId, RelatedParty relation, String by) {}
