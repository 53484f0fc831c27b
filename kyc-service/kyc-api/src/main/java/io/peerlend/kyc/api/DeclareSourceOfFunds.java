package io.peerlend.kyc.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the customer's own account of their source of funds ({@link SourceOfFundsRequest}, sealed). */
public record DeclareSourceOfFunds(
        @TargetAggregateIdentifier String customerId, Sealed declaration) {}
