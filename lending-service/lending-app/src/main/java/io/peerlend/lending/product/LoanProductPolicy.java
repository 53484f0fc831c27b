package io.peerlend.lending.product;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The product's limits from the jurisdiction profile: the currency, the amount range and the terms offered
 * (the markets' terms: 12, 24, 36, 48 and 60 months).
 */
public record LoanProductPolicy(String currency, long minAmountMinor, long maxAmountMinor) {

    public static final Set<Integer> TERMS = Set.of(12, 24, 36, 48, 60);

    public LoanProductPolicy {
        if (minAmountMinor <= 0 || maxAmountMinor < minAmountMinor) {
            throw new IllegalArgumentException("amount limits must satisfy 0 < min <= max");
        }
    }

    /** Every broken rule at once, so the borrower can fix them all in one go. */
    public void check(long amountMinor, String requestedCurrency, int termMonths) {
        List<Violation> violations = new ArrayList<>();
        if (!currency.equals(requestedCurrency)) {
            violations.add(new Violation("currency", "must be " + currency));
        }
        if (amountMinor < minAmountMinor || amountMinor > maxAmountMinor) {
            violations.add(new Violation(
                    "amount",
                    "must be between " + Amounts.format(minAmountMinor, currency) + " and "
                            + Amounts.format(maxAmountMinor, currency)));
        }
        if (!TERMS.contains(termMonths)) {
            violations.add(new Violation("termMonths", "must be one of 12, 24, 36, 48 or 60"));
        }
        if (!violations.isEmpty()) {
            throw new LoanApplicationRejected(violations);
        }
    }
}
