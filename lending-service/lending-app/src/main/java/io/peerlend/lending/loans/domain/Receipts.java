package io.peerlend.lending.loans.domain;

import io.peerlend.lending.api.InstalmentPayment;
import io.peerlend.lending.api.LoanPartShare;
import io.peerlend.lending.api.PartInstalmentPayment;
import io.peerlend.lending.api.PartSchedule;
import io.peerlend.lending.api.ScheduledInstalment;
import io.peerlend.lending.api.events.LoanRepaymentReceived;
import io.peerlend.lending.product.LargestRemainder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What money received does to a loan: how a payment or a recovery divides between fees, interest and principal, and
 * among the loan's parts, given the loan's schedule and parts as they stand. It only computes the event that records
 * it; the {@link Loan} applies it, and its state changes only when it does.
 */
final class Receipts {

    private final String loanId;
    private final String currency;
    private final int receiptNo;
    private final LoanSchedule schedule;
    private final PartBook book;
    private final LoanParts parts;
    private final List<LoanPartShare> shares;

    Receipts(
            String loanId,
            String currency,
            int receiptNo,
            LoanSchedule schedule,
            PartBook book,
            LoanParts parts,
            List<LoanPartShare> shares) {
        this.loanId = loanId;
        this.currency = currency;
        this.receiptNo = receiptNo;
        this.schedule = schedule;
        this.book = book;
        this.parts = parts;
        this.shares = shares;
    }

    /**
     * Lenders' remaining principal first (by what each part is still owed), then the provision fund's claim, and
     * anything beyond both (a late collection can bring the interest too) to the lenders as interest, by their parts.
     */
    LoanRepaymentReceived recovered(String reference, long amount, long fundClaim, LocalDate asOf, Instant at) {
        long toLenders = Math.min(amount, parts.total());
        long toFund = Math.min(amount - toLenders, fundClaim);
        long interest = amount - toLenders - toFund;
        long[] lent = shares.stream().mapToLong(LoanPartShare::amountMinor).toArray();
        LenderDistribution distribution = new LenderDistribution(
                LargestRemainder.split(interest, lent),
                toLenders == 0 ? new long[lent.length] : LargestRemainder.split(toLenders, parts.outstanding()),
                0);
        return new LoanRepaymentReceived(
                loanId,
                reference,
                receiptNo,
                "RECOVERY",
                amount,
                currency,
                0,
                interest,
                toLenders,
                0,
                0,
                toFund,
                List.of(),
                parts.payments(distribution),
                null,
                asOf,
                at);
    }

    /**
     * Applies money received: what is due (oldest first; late fees, interest, principal), then interest accrued in the
     * current period, then principal not yet due. Only principal actually prepaid re-agrees the schedule (interest then
     * runs from the day on the lower balance); accrued interest paid without principal is paid towards the next
     * instalment's interest, which stays as agreed, so the rest of the accrued interest is still owed. Each part gets
     * what its own instalments hold of what was paid (its own rate's interest), less the servicing fee.
     */
    LoanRepaymentReceived received(
            String reference,
            String kind,
            long amount,
            LocalDate asOf,
            LocalDate interestFrom,
            LocalDate disbursedOn,
            ServicingPolicy policy,
            Instant at) {
        LoanSchedule.Waterfall due = schedule.apply(amount, asOf);
        List<InstalmentPayment> applied = new ArrayList<>(due.applied());
        List<PartInstalmentPayment> partsApplied = new ArrayList<>();
        due.applied().forEach(p -> partsApplied.addAll(book.split(p)));
        long left = due.left();
        long[] accrued = book.accruedUnpaid(asOf, interestFrom);
        long accruedPaid = Math.min(left, sum(accrued));
        left -= accruedPaid;
        long[] notDue = book.principalNotDue(asOf);
        long prepaid = Math.min(left, sum(notDue));
        left -= prepaid;
        if (left != 0) {
            throw new IllegalStateException("a collection larger than the loan: " + reference);
        }
        long[] partInterest = new long[book.size()];
        long[] partPrincipal = new long[book.size()];
        partsApplied.forEach(p -> {
            partInterest[p.part()] += p.interestMinor();
            partPrincipal[p.part()] += p.principalMinor();
        });
        List<ScheduledInstalment> rescheduled = null;
        List<PartSchedule> partsRescheduled = null;
        long accruedBeyondSchedule = 0;
        if (prepaid > 0) {
            // the period's accrued interest is paid in full, each part its own; principal by what each has not due
            long[] prepaidParts = LargestRemainder.split(prepaid, notDue);
            long[] balances = new long[notDue.length];
            for (int k = 0; k < notDue.length; k++) {
                partInterest[k] += accrued[k];
                partPrincipal[k] += prepaidParts[k];
                balances[k] = notDue[k] - prepaidParts[k];
            }
            LocalDate lastDue = schedule.lastDueDateBy(asOf);
            boolean periodStart = asOf.equals(disbursedOn) || asOf.equals(lastDue);
            partsRescheduled = sum(balances) == 0 ? emptySchedules() : book.reagree(balances, asOf, periodStart);
            rescheduled = PartBook.sum(partsRescheduled);
            accruedBeyondSchedule = accruedPaid;
        } else if (accruedPaid > 0) {
            InstalmentPayment towardsNext = new InstalmentPayment(schedule.nextAfter(asOf).number, 0, accruedPaid, 0);
            applied.add(towardsNext);
            for (PartInstalmentPayment p : book.split(towardsNext)) {
                partsApplied.add(p);
                partInterest[p.part()] += p.interestMinor();
            }
        }
        long servicingFee = 0;
        for (int k = 0; k < partInterest.length; k++) {
            long fee = policy.servicingFee(partInterest[k]);
            servicingFee += fee;
            partInterest[k] -= fee;
        }
        return new LoanRepaymentReceived(
                loanId,
                reference,
                receiptNo,
                kind,
                amount,
                currency,
                due.fees(),
                due.interest() + accruedPaid,
                due.principal() + prepaid,
                accruedBeyondSchedule,
                servicingFee,
                0,
                applied,
                parts.payments(new LenderDistribution(partInterest, partPrincipal, servicingFee)),
                rescheduled,
                asOf,
                at,
                partsApplied,
                partsRescheduled);
    }

    private List<PartSchedule> emptySchedules() {
        List<PartSchedule> none = new ArrayList<>();
        for (int k = 0; k < book.size(); k++) {
            none.add(new PartSchedule(shares.get(k).lenderId(), book.rate(k), List.of()));
        }
        return none;
    }

    private static long sum(long[] values) {
        return Arrays.stream(values).sum();
    }
}
