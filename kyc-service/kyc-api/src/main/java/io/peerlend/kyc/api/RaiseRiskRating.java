package io.peerlend.kyc.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Behaviour raised a customer's risk (a suspicious activity report): the rating only ever goes up this way.
 *
 * @param sealedReason the reason sealed with the customer's key, for the event
 */
public record RaiseRiskRating(
        @TargetAggregateIdentifier String customerId, RiskRating rating, String reason, Sealed sealedReason) {

    /** The shape before the {@code sealedReason} was added. */
    public RaiseRiskRating(String customerId, RiskRating rating, String reason) {
        this(customerId, rating, reason, null);
    }
}
