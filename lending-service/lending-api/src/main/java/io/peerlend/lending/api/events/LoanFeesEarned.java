package io.peerlend.lending.api.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The cooling-off period is over, so the origination fee is earned: {@code provisionFeeMinor} to the provision fund,
 * {@code platformFeeMinor} to the platform.
 */
public record LoanFeesEarned(
        String loanId,
        long platformFeeMinor,
        long provisionFeeMinor,
        String currency,
        LocalDate earnedOn,
        Instant earnedAt) {}
