package io.peerlend.platform.web;

/**
 * An {@code Idempotency-Key} already used by this caller for this operation on this target, with a different request:
 * refused (422, field {@code Idempotency-Key}) rather than silently taken for the first request or for a new one.
 */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException(String reason) {
        super(reason);
    }
}
