package io.peerlend.lending.loans.domain;

import java.time.LocalDate;

/**
 * What it takes to pay a loan off on {@code asOf}: what has fallen due and is unpaid (late fees, interest,
 * principal), interest accrued since the last due date to that day, and the principal not yet due.
 */
public record Payoff(
        LocalDate asOf,
        long feesDueMinor,
        long interestDueMinor,
        long principalDueMinor,
        long accruedInterestMinor,
        long principalNotDueMinor) {

    public long dueNowMinor() {
        return feesDueMinor + interestDueMinor + principalDueMinor;
    }

    public long totalMinor() {
        return dueNowMinor() + accruedInterestMinor + principalNotDueMinor;
    }
}
