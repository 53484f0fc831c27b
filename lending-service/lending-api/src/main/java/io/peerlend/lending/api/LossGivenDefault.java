package io.peerlend.lending.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The share of a defaulted loan's principal that is never recovered, as the platform has measured it on its own
 * defaults, or the profile's stated assumption until it has measured enough: at least {@code minimumLoans} loans in
 * default for at least {@code seasoningMonths} (recoveries take time; younger defaults would overstate the loss).
 * Measured = 1 − Σ recovered ÷ Σ principal outstanding at default, over those loans (amount-weighted), within [0, 1].
 */
public record LossGivenDefault(BigDecimal rate, boolean measured, long loans) {

    /** Seasoned defaults needed before the measure replaces the assumption. */
    public static final int MINIMUM_LOANS = 30;

    /** How long a default must have run before its recoveries count as mostly in. */
    public static final int SEASONING_MONTHS = 12;

    /** Adds up seasoned defaults, then says which figure holds. */
    public static final class Measure {
        private final LocalDate seasonedBy;
        private long loans;
        private long outstanding;
        private long recovered;

        public Measure(LocalDate asOf) {
            this.seasonedBy = asOf.minusMonths(SEASONING_MONTHS);
        }

        /** One loan in default: what it owed at default and what has been recovered since. */
        public Measure add(LocalDate defaultedOn, long outstandingAtDefaultMinor, long recoveredMinor) {
            if (defaultedOn != null && !defaultedOn.isAfter(seasonedBy) && outstandingAtDefaultMinor > 0) {
                loans++;
                outstanding += outstandingAtDefaultMinor;
                recovered += Math.min(Math.max(recoveredMinor, 0), outstandingAtDefaultMinor);
            }
            return this;
        }

        /** The measure once there are enough seasoned defaults, or else {@code assumed}. */
        public LossGivenDefault orAssumed(BigDecimal assumed) {
            if (loans < MINIMUM_LOANS) {
                return new LossGivenDefault(assumed, false, loans);
            }
            BigDecimal lost = BigDecimal.valueOf(outstanding - recovered)
                    .divide(BigDecimal.valueOf(outstanding), 4, RoundingMode.HALF_UP);
            return new LossGivenDefault(lost, true, loans);
        }
    }
}
