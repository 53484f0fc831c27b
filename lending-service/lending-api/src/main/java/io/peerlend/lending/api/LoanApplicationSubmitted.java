package io.peerlend.lending.api;

import java.time.Instant;

/**
 * A loan application was accepted for processing. Amounts are minor units of {@code currency}; the finances and
 * circumstances are the borrower's declarations, for the credit decision.
 */
public record LoanApplicationSubmitted(String applicationId, String borrowerId, long amountMinor, String currency,
                                       int termMonths, LoanPurpose purpose, MonthlyFinances finances,
                                       Circumstances circumstances, Instant submittedAt) {
}
