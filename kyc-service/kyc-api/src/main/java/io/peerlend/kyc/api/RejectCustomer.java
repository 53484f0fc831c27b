package io.peerlend.kyc.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An officer confirms a match or refuses the customer; final.
 *
 * @param sealedNote the officer's note sealed with the customer's key, for the event
 */
public record RejectCustomer(
        @TargetAggregateIdentifier String customerId, String officerId, String reason, Sealed sealedNote) {

    /** The shape before the {@code sealedNote} was added. */
    public RejectCustomer(String customerId, String officerId, String reason) {
        this(customerId, officerId, reason, null);
    }
}
