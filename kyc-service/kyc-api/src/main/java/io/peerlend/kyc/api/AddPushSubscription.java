package io.peerlend.kyc.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A device of the customer's may be sent web push notifications: its push subscription (the push service's endpoint
 * and the device's keys), sealed with the customer's key because an endpoint identifies a device. {@code deviceId}
 * is derived from the endpoint, so the same device subscribing again is one device.
 */
public record AddPushSubscription(@TargetAggregateIdentifier String customerId, String deviceId, Sealed subscription) {}
