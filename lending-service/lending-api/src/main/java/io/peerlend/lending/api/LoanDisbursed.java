package io.peerlend.lending.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The borrower was paid; the schedule runs from the business date of the payout, first instalment a month on. */
public record LoanDisbursed(String loanId, String borrowerId, long netAmountMinor, String currency,
                            LocalDate disbursedOn, List<ScheduledInstalment> schedule, Instant disbursedAt) {
}
