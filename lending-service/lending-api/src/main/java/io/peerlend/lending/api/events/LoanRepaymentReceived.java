package io.peerlend.lending.api.events;

import io.peerlend.lending.api.InstalmentPayment;
import io.peerlend.lending.api.PartInstalmentPayment;
import io.peerlend.lending.api.PartPayment;
import io.peerlend.lending.api.PartSchedule;
import io.peerlend.lending.api.ScheduledInstalment;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Money for a loan arrived ({@code kind}: SCHEDULED, PART, FULL or RECOVERY) and was applied: late fees, then
 * interest, then principal, oldest instalment first ({@code applied}); interest accrued to the day of an early
 * repayment ({@code accruedInterestMinor}); then shared among the lenders ({@code distributions}): each part gets what
 * its own instalments hold of what was paid (its own rate's interest), less the platform's servicing fee; a recovery
 * goes to the parts pro rata to their outstanding principal with largest-remainder cents and the rest to the
 * provision fund. Every cent is in exactly one place. A part repayment re-agrees the remaining schedule
 * ({@code rescheduled}, empty when unchanged). Each part's own share of each instalment ({@code partsApplied}) and,
 * after a part repayment, each part's re-agreed schedule at its own rate ({@code partsRescheduled}); both null in
 * receipts from before parts had schedules of their own.
 */
public record LoanRepaymentReceived(
        String loanId,
        String reference,
        int receiptNo,
        String kind,
        long amountMinor,
        String currency,
        long feesMinor,
        long interestMinor,
        long principalMinor,
        long accruedInterestMinor,
        long servicingFeeMinor,
        long toProvisionFundMinor,
        List<InstalmentPayment> applied,
        List<PartPayment> distributions,
        List<ScheduledInstalment> rescheduled,
        LocalDate receivedOn,
        Instant receivedAt,
        List<PartInstalmentPayment> partsApplied,
        List<PartSchedule> partsRescheduled) {

    /** A receipt from before parts had schedules of their own (or one that pays no instalment: a recovery). */
    public LoanRepaymentReceived(
            String loanId,
            String reference,
            int receiptNo,
            String kind,
            long amountMinor,
            String currency,
            long feesMinor,
            long interestMinor,
            long principalMinor,
            long accruedInterestMinor,
            long servicingFeeMinor,
            long toProvisionFundMinor,
            List<InstalmentPayment> applied,
            List<PartPayment> distributions,
            List<ScheduledInstalment> rescheduled,
            LocalDate receivedOn,
            Instant receivedAt) {
        this(
                loanId,
                reference,
                receiptNo,
                kind,
                amountMinor,
                currency,
                feesMinor,
                interestMinor,
                principalMinor,
                accruedInterestMinor,
                servicingFeeMinor,
                toProvisionFundMinor,
                applied,
                distributions,
                rescheduled,
                receivedOn,
                receivedAt,
                null,
                null);
    }
}
