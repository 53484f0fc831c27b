package io.peerlend.kyc.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SuspendCustomer(@TargetAggregateIdentifier String customerId, String reason, String by) {
}
