package io.peerlend.kyc.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The result of screening a customer again after the lists were reloaded.
 *
 * @param sealedHits the hits sealed with the customer's key, for the event
 */
public record RecordRescreening(
        @TargetAggregateIdentifier String customerId,
        String decision,
        List<ScreeningHit> hits,
        String listsVersion,
        Sealed sealedHits) {

    /** The shape before the {@code sealedHits} was added. */
    public RecordRescreening(String customerId, String decision, List<ScreeningHit> hits, String listsVersion) {
        this(customerId, decision, hits, listsVersion, null);
    }
}
