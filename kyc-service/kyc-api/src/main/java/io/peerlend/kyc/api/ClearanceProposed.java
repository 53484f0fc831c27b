package io.peerlend.kyc.api;

import java.time.Instant;

/** First of four eyes: an officer judged a blocking sanctions hit a false positive; a supervisor must approve.
 *
 * @param sealedNote the officer's note sealed with the customer's key (null in events stored before, which carry it
 *     in plain text)
 */
public record ClearanceProposed(
        String customerId, String proposedBy, String note, Instant proposedAt, Sealed sealedNote) {

    /** The shape before the {@code sealedNote} was added. */
    public ClearanceProposed(String customerId, String proposedBy, String note, Instant proposedAt) {
        this(customerId, proposedBy, note, proposedAt, null);
    }
}
