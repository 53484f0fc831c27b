package io.peerlend.kyc.api;

import java.time.Instant;
import java.util.List;

/**
 * What a client needs to offer web push: the platform's {@code applicationServerKey} (VAPID, RFC 8292: base64url of
 * the uncompressed P-256 public key, for {@code PushManager.subscribe}), and the customer's devices that receive push.
 */
public record PushDevicesView(String applicationServerKey, List<Device> devices) {

    public record Device(String deviceId, Instant since) {}
}
