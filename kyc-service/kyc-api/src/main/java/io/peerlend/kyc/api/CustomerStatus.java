package io.peerlend.kyc.api;

/**
 * Where a customer stands. Only {@code VERIFIED} may borrow or lend. {@code IN_REVIEW} waits for one operations
 * officer; {@code BLOCKED} (a strong sanctions match) needs an officer and a second, supervising officer to clear.
 */
public enum CustomerStatus {
    VERIFIED,
    IN_REVIEW,
    BLOCKED,
    REJECTED,
    SUSPENDED,
    REVERIFICATION_DUE,
    ERASED
}
