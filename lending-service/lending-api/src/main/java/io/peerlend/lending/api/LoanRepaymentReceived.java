package io.peerlend.lending.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Money for a loan arrived ({@code kind}: SCHEDULED, PART, FULL or RECOVERY) and was applied: late fees, then
 * interest, then principal, oldest instalment first ({@code applied}); interest accrued to the day of an early
 * repayment ({@code accruedInterestMinor}); then shared among the lenders pro rata to their outstanding principal
 * with largest-remainder cents ({@code distributions}), less the platform's servicing fee, and for a recovery the
 * rest to the provision fund. Every cent is in exactly one place. A part repayment re-agrees the remaining schedule
 * ({@code rescheduled}, empty when unchanged).
 */
public record LoanRepaymentReceived(String loanId, String reference, int receiptNo, String kind, long amountMinor,
                                    String currency, long feesMinor, long interestMinor, long principalMinor,
                                    long accruedInterestMinor, long servicingFeeMinor, long toProvisionFundMinor,
                                    List<InstalmentPayment> applied, List<PartPayment> distributions,
                                    List<ScheduledInstalment> rescheduled, LocalDate receivedOn,
                                    Instant receivedAt) {
}
