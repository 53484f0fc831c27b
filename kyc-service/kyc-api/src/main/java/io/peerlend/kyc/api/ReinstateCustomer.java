package io.peerlend.kyc.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReinstateCustomer(@TargetAggregateIdentifier String customerId, String by) {}
