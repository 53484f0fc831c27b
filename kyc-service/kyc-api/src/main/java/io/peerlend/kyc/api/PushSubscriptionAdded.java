package io.peerlend.kyc.api;

import java.time.Instant;

/** A device of the customer's receives web push notifications from now on (its subscription sealed). */
public record PushSubscriptionAdded(String customerId, String deviceId, Sealed subscription, Instant addedAt) {}
