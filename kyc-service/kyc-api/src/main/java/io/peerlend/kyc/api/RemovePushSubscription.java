package io.peerlend.kyc.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Stop pushing to a device: the customer turned it off, or its push service said the subscription is gone. */
public record RemovePushSubscription(
        @TargetAggregateIdentifier String customerId, String deviceId, String reason) {}
