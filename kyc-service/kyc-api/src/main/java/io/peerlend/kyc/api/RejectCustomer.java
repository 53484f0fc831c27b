package io.peerlend.kyc.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An officer confirms a match or refuses the customer; final. */
public record RejectCustomer(@TargetAggregateIdentifier String customerId, String officerId, String reason) {
}
