package io.peerlend.kyc.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An officer judges a referral a false positive or completes enhanced due diligence. For a BLOCKED customer this is
 * the first of four eyes ({@code supervisor} false) or the approval by a different supervising officer.
 *
 * @param sealedNote the officer's note sealed with the customer's key, for the event
 */
public record ClearCustomer(
        @TargetAggregateIdentifier String customerId,
        String officerId,
        boolean supervisor,
        String note,
        Sealed sealedNote) {

    /** The shape before the {@code sealedNote} was added. */
    public ClearCustomer(String customerId, String officerId, boolean supervisor, String note) {
        this(customerId, officerId, supervisor, note, null);
    }
}
