package io.peerlend.kyc.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** The customer may borrow and/or lend. {@code reverifyBy} follows from the risk rating (5, 3 or 1 years). */
public record CustomerVerified(
        String customerId,
        Set<CustomerRole> roles,
        RiskRating riskRating,
        LocalDate reverifyBy,
        String verifiedBy,
        Instant verifiedAt) {}
