package io.peerlend.kyc.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A browser's push subscription as its {@code PushSubscription.toJSON()} gives it: the push service's endpoint and the
 * device's keys (base64url: {@code p256dh} its P-256 public key, {@code auth} its 16-byte secret).
 */
public record PushSubscriptionRequest(
        @NotBlank @Size(max = 1000) String endpoint,
        @NotBlank @Size(max = 200) String p256dh,
        @NotBlank @Size(max = 100) String auth) {}
