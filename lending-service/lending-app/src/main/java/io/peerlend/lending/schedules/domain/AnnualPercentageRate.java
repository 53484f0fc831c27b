package io.peerlend.lending.schedules.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * The APR of the Consumer Credit Directive (Annex I) and the FCA's CONC App 1.2: the rate X at which the money paid out
 * equals the payments discounted at (1 + X)^−t, with t in years; for monthly payments t = k / 12 (standard months).
 * Solved by bisection in decimal arithmetic (no floating point), shown to one decimal place as the rules require.
 */
public final class AnnualPercentageRate {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal TOLERANCE = new BigDecimal("1E-10");

    private AnnualPercentageRate() {}

    /** @param paidOut the drawdown at time 0; @param monthlyPayments payment k falls k months later */
    public static BigDecimal of(long paidOut, List<Long> monthlyPayments) {
        BigDecimal low = BigDecimal.ZERO;
        BigDecimal high = BigDecimal.TEN; // 1,000% a year; beyond any lawful consumer loan
        if (presentValue(low, monthlyPayments).compareTo(BigDecimal.valueOf(paidOut)) <= 0) {
            return BigDecimal.ZERO.setScale(1); // repaying no more than was paid out costs nothing
        }
        while (high.subtract(low).compareTo(TOLERANCE) > 0) {
            BigDecimal mid = low.add(high).divide(BigDecimal.valueOf(2), MC);
            if (presentValue(mid, monthlyPayments).compareTo(BigDecimal.valueOf(paidOut)) > 0) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return low.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN);
    }

    /** Σ payment_k · (1 + X)^(−k/12), through the monthly factor (1 + X)^(1/12). */
    static BigDecimal presentValue(BigDecimal annualRate, List<Long> monthlyPayments) {
        BigDecimal monthly = monthlyRoot(
                BigDecimal.ONE.add(annualRate), BigDecimal.ONE.add(annualRate.divide(BigDecimal.valueOf(12), MC)));
        BigDecimal discount = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ZERO;
        for (long payment : monthlyPayments) {
            discount = discount.divide(monthly, MC);
            sum = sum.add(BigDecimal.valueOf(payment).multiply(discount, MC), MC);
        }
        return sum;
    }

    /** The twelfth root of {@code value} by Newton's method from a close first guess. */
    private static BigDecimal monthlyRoot(BigDecimal value, BigDecimal guess) {
        BigDecimal x = guess;
        BigDecimal twelve = BigDecimal.valueOf(12);
        for (int i = 0; i < 20; i++) {
            BigDecimal next =
                    x.subtract(x.pow(12, MC).subtract(value, MC).divide(twelve.multiply(x.pow(11, MC), MC), MC), MC);
            if (next.subtract(x).abs().compareTo(new BigDecimal("1E-15")) < 0) {
                return next;
            }
            x = next;
        }
        return x;
    }
}
