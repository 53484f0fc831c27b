package io.peerlend.kyc.api;

import java.time.Instant;

/** A verified customer may no longer borrow or lend until reinstated (new sanctions match, AML case, ops decision).
 *
 * @param sealedNote an officer's note, sealed with the customer's key ({@code reason} is then null)
 */
public record CustomerSuspended(
        String customerId, String reason, String suspendedBy, Instant suspendedAt, Sealed sealedNote) {

    /** The shape before the {@code sealedNote} was added. */
    public CustomerSuspended(String customerId, String reason, String suspendedBy, Instant suspendedAt) {
        this(customerId, reason, suspendedBy, suspendedAt, null);
    }
}
