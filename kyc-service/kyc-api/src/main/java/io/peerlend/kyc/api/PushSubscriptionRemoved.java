package io.peerlend.kyc.api;

import java.time.Instant;

/** A device no longer receives web push notifications; {@code reason}: {@code CUSTOMER} or {@code EXPIRED}. */
public record PushSubscriptionRemoved(String customerId, String deviceId, String reason, Instant removedAt) {}
