package io.peerlend.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The {@code Idempotency-Key} every money-moving request carries. The reference of what the request creates is derived
 * from the key scoped to the caller, the operation and its target ("repay loan X"), so a retry names the same thing and
 * cannot create a second one, while the same key sent for another loan or another operation names something else.
 */
public final class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";

    /** What a key may be: 1 to 100 visible ASCII characters (a UUID is a good one). */
    public static final String PATTERN = "^[\\x21-\\x7e]{1,100}$";

    /** The header as the published contract describes it on every money-moving operation. */
    public static final String DESCRIPTION = "Required: 1 to 100 visible characters, e.g. a UUID, new for each new"
            + " request and the same when it is retried; a retry with the same key returns the first answer and moves"
            + " no money again. Missing or malformed: 400 with a field error on Idempotency-Key.";

    private IdempotencyKeys() {}

    /**
     * A reference for an operation on the caller's own account (a deposit, a withdrawal, a new offer).
     *
     * @throws RequestRejectedException (400, field {@code Idempotency-Key}) when the header is missing or malformed
     */
    public static String reference(String operation, String callerId, String key) {
        return reference(operation, callerId, callerId, key);
    }

    /**
     * A reference for an operation ({@code operation} is also the reference's prefix, e.g. {@code "rep-"}) on a
     * target (e.g. a loan's id) by a caller.
     *
     * @throws RequestRejectedException (400, field {@code Idempotency-Key}) when the header is missing or malformed
     */
    public static String reference(String operation, String callerId, String target, String key) {
        if (key == null || !key.matches(PATTERN)) {
            throw new RequestRejectedException(
                    HEADER, "a header of 1 to 100 visible characters is required, e.g. a UUID");
        }
        String scope = callerId + "\n" + operation + "\n" + target + "\n" + key;
        return operation + UUID.nameUUIDFromBytes(scope.getBytes(StandardCharsets.UTF_8));
    }
}
