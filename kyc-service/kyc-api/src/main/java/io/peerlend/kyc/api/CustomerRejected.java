package io.peerlend.kyc.api;

import java.time.Instant;
import java.util.List;

/** The customer may not borrow or lend; {@code finalDecision} is false when they may try again with a new document.
 *
 * @param sealedNote an officer's note on a final rejection, sealed with the customer's key (the reasons then hold
 *     none of it)
 */
public record CustomerRejected(
        String customerId,
        List<String> reasons,
        boolean finalDecision,
        String decidedBy,
        Instant rejectedAt,
        Sealed sealedNote) {

    /** The shape before the {@code sealedNote} was added. */
    public CustomerRejected(
            String customerId, List<String> reasons, boolean finalDecision, String decidedBy, Instant rejectedAt) {
        this(customerId, reasons, finalDecision, decidedBy, rejectedAt, null);
    }
}
