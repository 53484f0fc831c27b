package io.peerlend.scoring.decisions.domain;

import io.peerlend.scoring.api.Affordability;
import io.peerlend.scoring.api.CreditReasons;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Creditworthiness before any grade (consumer credit rules): the new loan's monthly repayment at a stress rate must
 * leave the applicant at least {@code minDisposableIncome} each month, and all repayments together must stay within
 * {@code maxDebtToIncome} of net income. Thresholds come from the jurisdiction profile.
 */
public record AffordabilityPolicy(
        String currency, BigDecimal maxDebtToIncome, BigDecimal minDisposableIncome, BigDecimal stressAnnualRate) {

    private static final MathContext MC = MathContext.DECIMAL64;

    public Affordability check(
            BigDecimal amount, int termMonths, BigDecimal netIncome, BigDecimal outgoings, BigDecimal debtPayments) {
        BigDecimal instalment = annuity(amount, termMonths);
        BigDecimal repayments = debtPayments.add(instalment);
        BigDecimal disposable =
                netIncome.subtract(outgoings).subtract(repayments).setScale(2, RoundingMode.HALF_EVEN);
        BigDecimal dti = netIncome.signum() == 0
                ? BigDecimal.valueOf(99)
                : repayments.divide(netIncome, 4, RoundingMode.HALF_EVEN);
        String reason = null;
        if (disposable.compareTo(minDisposableIncome) < 0) {
            reason = CreditReasons.english(
                    "affordability.disposable",
                    instalment.toPlainString(),
                    currency,
                    disposable.toPlainString(),
                    minDisposableIncome.toPlainString());
        } else if (dti.compareTo(maxDebtToIncome) > 0) {
            reason = CreditReasons.english("affordability.debtToIncome", percent(dti), percent(maxDebtToIncome));
        }
        return new Affordability(
                reason == null,
                currency,
                instalment.toPlainString(),
                dti.toPlainString(),
                disposable.toPlainString(),
                reason);
    }

    /** Equal monthly repayment of {@code amount} over {@code months} at the stress rate, rounded up to the cent. */
    BigDecimal annuity(BigDecimal amount, int months) {
        BigDecimal r = stressAnnualRate.divide(BigDecimal.valueOf(12), MC);
        if (r.signum() == 0) {
            return amount.divide(BigDecimal.valueOf(months), 2, RoundingMode.CEILING);
        }
        BigDecimal growth = BigDecimal.ONE.add(r, MC).pow(months, MC);
        return amount.multiply(r, MC)
                .multiply(growth, MC)
                .divide(growth.subtract(BigDecimal.ONE, MC), MC)
                .setScale(2, RoundingMode.CEILING);
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(0, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }
}
