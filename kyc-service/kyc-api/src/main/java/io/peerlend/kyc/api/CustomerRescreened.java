package io.peerlend.kyc.api;

import java.time.Instant;
import java.util.List;

/** A customer was screened again against reloaded lists.
 *
 * @param sealedHits the hits ({@link ScreeningFindings}) sealed with the customer's key (null in events stored
 *     before, which carry them in plain text)
 */
public record CustomerRescreened(
        String customerId,
        String decision,
        List<ScreeningHit> hits,
        String listsVersion,
        Instant screenedAt,
        Sealed sealedHits) {

    /** The shape before the {@code sealedHits} was added. */
    public CustomerRescreened(
            String customerId, String decision, List<ScreeningHit> hits, String listsVersion, Instant screenedAt) {
        this(customerId, decision, hits, listsVersion, screenedAt, null);
    }
}
