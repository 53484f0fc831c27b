package io.peerlend.kyc.api;

import java.time.Instant;
import java.time.LocalDate;

/** The customer's risk rating went up; re-verification comes sooner when the new rating's period is shorter. */
public record CustomerRiskRaised(String customerId, RiskRating rating, String reason, LocalDate reverifyBy,
                                 Instant raisedAt) {
}
