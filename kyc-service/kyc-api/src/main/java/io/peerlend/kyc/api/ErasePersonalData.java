package io.peerlend.kyc.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Crypto-shred the customer's personal data; allowed only once the retention period has passed. */
public record ErasePersonalData(@TargetAggregateIdentifier String customerId, String by) {}
