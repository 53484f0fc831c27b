package io.peerlend.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The {@code Idempotency-Key} every money-moving request carries. The reference of what the request creates is derived
 * from the caller and their key, so a retry names the same thing and cannot create a second one.
 */
public final class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";

    private IdempotencyKeys() {
    }

    /** @throws RequestRejectedException (400, field {@code Idempotency-Key}) when the header is missing or malformed */
    public static String reference(String prefix, String callerId, String key) {
        if (key == null || key.isBlank() || key.length() > 100 || !key.matches("[\\x21-\\x7e]+")) {
            throw new RequestRejectedException(HEADER, "a header of 1 to 100 visible characters is required, e.g. a UUID");
        }
        return prefix + UUID.nameUUIDFromBytes((callerId + ":" + key).getBytes(StandardCharsets.UTF_8));
    }
}
