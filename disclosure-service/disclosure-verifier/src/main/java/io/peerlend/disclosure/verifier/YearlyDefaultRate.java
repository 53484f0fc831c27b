package io.peerlend.disclosure.verifier;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The outcome statement's yearly default rate, computed independently of the platform's code from its published
 * definition: {@code 1 − (1 − PD)^(12 / term)}, to 34 significant digits, kept to 8 places half up.
 */
final class YearlyDefaultRate {

    private static final MathContext MC = new MathContext(34, RoundingMode.HALF_EVEN);

    private YearlyDefaultRate() {}

    static BigDecimal of(BigDecimal pd, int termMonths) {
        BigDecimal survival = BigDecimal.ONE.subtract(pd);
        BigDecimal monthly = survival.signum() == 0 ? BigDecimal.ZERO : root(survival, termMonths);
        return BigDecimal.ONE.subtract(monthly.pow(12, MC)).setScale(8, RoundingMode.HALF_UP);
    }

    /** The n-th root of x in (0, 1]: Newton's method from the double estimate, to well past 8 places. */
    private static BigDecimal root(BigDecimal x, int n) {
        BigDecimal y = new BigDecimal(Math.pow(x.doubleValue(), 1.0 / n), MC);
        BigDecimal k = BigDecimal.valueOf(n);
        for (int i = 0; i < 100; i++) {
            BigDecimal next = y.multiply(k.subtract(BigDecimal.ONE), MC)
                    .add(x.divide(y.pow(n - 1, MC), MC), MC)
                    .divide(k, MC);
            if (next.subtract(y).abs().compareTo(BigDecimal.ONE.movePointLeft(30)) < 0) {
                return next;
            }
            y = next;
        }
        return y;
    }
}
