package io.peerlend.lending.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A borrower asks to borrow {@code amountMinor} (minor units of {@code currency}) over {@code termMonths}. */
public record SubmitLoanApplication(@TargetAggregateIdentifier String applicationId, String borrowerId,
                                    long amountMinor, String currency, int termMonths, LoanPurpose purpose,
                                    MonthlyFinances finances, Circumstances circumstances) {
}
