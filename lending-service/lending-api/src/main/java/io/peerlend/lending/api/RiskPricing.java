package io.peerlend.lending.api;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * What a rate must cover, defined once for every figure that uses it (the markets' guidance rates, the warning on a
 * lender's offer, auto-invest's floor, a lender's portfolio and the public outcome statement). Rates and probabilities
 * are decimal fractions a year (0.0525 for 5.25%).
 *
 * <ul>
 *   <li>The scorecard's probability of default is over the loan's whole term; spread over its years as a constant
 *       yearly rate: {@code 1 − (1 − PD)^(12 / term)}.
 *   <li>Expected loss a year = that yearly rate × the loss given default (the share of the principal outstanding at
 *       default that is never recovered).
 *   <li>The servicing fee is a share of the interest lenders earn, so a rate {@code r} leaves a lender
 *       {@code r × (1 − fee share)}; expected return = that − expected loss.
 *   <li>Break-even rate = the rate whose net interest just covers the expected loss ("expected loss plus fee").
 *   <li>Guidance rate = expected loss + fee + margin, the fee being the one charged at the guidance rate itself:
 *       {@code (expected loss + margin) ÷ (1 − fee share)}, rounded up to a basis point.
 * </ul>
 */
public final class RiskPricing {

    /** Yearly rates are kept to 8 places (far finer than the basis points they are shown in). */
    public static final int SCALE = 8;

    private static final MathContext MC = new MathContext(34, RoundingMode.HALF_EVEN);

    private RiskPricing() {}

    /** The guidance for one market, each part a yearly fraction; {@code rate} = the others' sum. */
    public record Guidance(
            BigDecimal yearlyDefaultRate,
            BigDecimal expectedLoss,
            BigDecimal fee,
            BigDecimal margin,
            BigDecimal breakEvenRate,
            BigDecimal rate) {}

    /** {@code 1 − (1 − pd)^(12 / termMonths)}: the constant yearly rate that gives {@code pd} over the term. */
    public static BigDecimal yearlyDefaultRate(BigDecimal pd, int termMonths) {
        Objects.requireNonNull(pd, "pd");
        if (pd.signum() < 0 || pd.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("a probability of default lies between 0 and 1: " + pd);
        }
        if (termMonths <= 0) {
            throw new IllegalArgumentException("a term is at least one month: " + termMonths);
        }
        BigDecimal survivalPerMonth = root(BigDecimal.ONE.subtract(pd), termMonths);
        BigDecimal survivalPerYear = survivalPerMonth.pow(12, MC);
        return BigDecimal.ONE.subtract(survivalPerYear).setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** The yearly default rate × the loss given default. */
    public static BigDecimal expectedLoss(BigDecimal pd, int termMonths, BigDecimal lossGivenDefault) {
        checkShare(lossGivenDefault, "loss given default");
        return yearlyDefaultRate(pd, termMonths).multiply(lossGivenDefault, MC).setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** What a lender keeps of {@code rate} after the servicing fee, less the expected loss. */
    public static BigDecimal expectedReturn(BigDecimal rate, BigDecimal feeShare, BigDecimal expectedLoss) {
        checkShare(feeShare, "fee share");
        return rate.multiply(BigDecimal.ONE.subtract(feeShare), MC)
                .subtract(expectedLoss)
                .setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** The market's guidance for loans of this PD over the term. */
    public static Guidance guidance(
            BigDecimal pd, int termMonths, BigDecimal lossGivenDefault, BigDecimal feeShare, BigDecimal margin) {
        checkShare(feeShare, "fee share");
        if (feeShare.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("a fee of all the interest leaves no rate that covers anything");
        }
        BigDecimal yearly = yearlyDefaultRate(pd, termMonths);
        BigDecimal loss = yearly.multiply(lossGivenDefault, MC).setScale(SCALE, RoundingMode.HALF_UP);
        BigDecimal kept = BigDecimal.ONE.subtract(feeShare);
        BigDecimal breakEven = loss.divide(kept, 4, RoundingMode.UP);
        BigDecimal rate = loss.add(margin).divide(kept, 4, RoundingMode.UP);
        BigDecimal fee = rate.subtract(loss).subtract(margin).setScale(SCALE, RoundingMode.HALF_UP);
        return new Guidance(yearly, loss, fee, margin.setScale(SCALE, RoundingMode.HALF_UP), breakEven, rate);
    }

    /** Whether a lender offering {@code rate} expects to lose money: its interest after the fee is below the loss. */
    public static boolean belowBreakEven(BigDecimal rate, BigDecimal feeShare, BigDecimal expectedLoss) {
        return expectedReturn(rate, feeShare, expectedLoss).signum() < 0;
    }

    /** The {@code n}-th root of {@code x} in [0, 1], by Newton's method (exact to far beyond {@link #SCALE}). */
    private static BigDecimal root(BigDecimal x, int n) {
        if (x.signum() == 0 || n == 1) {
            return x;
        }
        BigDecimal k = BigDecimal.valueOf(n);
        BigDecimal y = BigDecimal.ONE;
        BigDecimal tolerance = BigDecimal.ONE.movePointLeft(24);
        for (int i = 0; i < 500; i++) {
            BigDecimal next = y.multiply(k.subtract(BigDecimal.ONE), MC)
                    .add(x.divide(y.pow(n - 1, MC), MC), MC)
                    .divide(k, MC);
            if (next.subtract(y).abs().compareTo(tolerance) < 0) {
                return next;
            }
            y = next;
        }
        return y;
    }

    private static void checkShare(BigDecimal share, String name) {
        Objects.requireNonNull(share, name);
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("a " + name + " lies between 0 and 1: " + share);
        }
    }
}
