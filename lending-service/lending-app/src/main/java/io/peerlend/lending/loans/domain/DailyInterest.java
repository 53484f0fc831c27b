package io.peerlend.lending.loans.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Interest for a number of days (actual/365), rounded half-even to the minor unit: used whenever interest runs to a
 * day rather than a whole month (early repayment, cooling-off), so a borrower pays interest only for the days held.
 */
public final class DailyInterest {

    private static final BigDecimal DAYS_TIMES_PERCENT = BigDecimal.valueOf(36_500);

    private DailyInterest() {}

    public static long on(long balanceMinor, BigDecimal annualRatePercent, LocalDate from, LocalDate to) {
        long days = Math.max(0, ChronoUnit.DAYS.between(from, to));
        return BigDecimal.valueOf(balanceMinor)
                .multiply(annualRatePercent)
                .multiply(BigDecimal.valueOf(days))
                .divide(DAYS_TIMES_PERCENT, MathContext.DECIMAL128)
                .setScale(0, RoundingMode.HALF_EVEN)
                .longValueExact();
    }
}
