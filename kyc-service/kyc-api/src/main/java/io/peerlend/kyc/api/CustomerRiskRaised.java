package io.peerlend.kyc.api;

import java.time.Instant;
import java.time.LocalDate;

/** The customer's risk rating went up; re-verification comes sooner when the new rating's period is shorter.
 *
 * @param sealedReason the reason sealed with the customer's key ({@code reason} is then null)
 */
public record CustomerRiskRaised(
        String customerId,
        RiskRating rating,
        String reason,
        LocalDate reverifyBy,
        Instant raisedAt,
        Sealed sealedReason) {

    /** The shape before the {@code sealedReason} was added. */
    public CustomerRiskRaised(
            String customerId, RiskRating rating, String reason, LocalDate reverifyBy, Instant raisedAt) {
        this(customerId, rating, reason, reverifyBy, raisedAt, null);
    }
}
