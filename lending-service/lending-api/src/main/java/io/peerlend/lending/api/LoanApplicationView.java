package io.peerlend.lending.api;

import java.time.Instant;

/** What a borrower sees of one of their applications. */
public record LoanApplicationView(String id, String amount, String currency, int termMonths, LoanPurpose purpose,
                                  String status, Instant submittedAt) {
}
