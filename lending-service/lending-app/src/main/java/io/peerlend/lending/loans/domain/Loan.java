package io.peerlend.lending.loans.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.peerlend.lending.api.LoanPartShare;
import io.peerlend.lending.api.Loans;
import io.peerlend.lending.api.PartPayment;
import io.peerlend.lending.api.PartSchedule;
import io.peerlend.lending.api.ScheduledInstalment;
import io.peerlend.lending.api.commands.CloseLoanDay;
import io.peerlend.lending.api.commands.OpenLoan;
import io.peerlend.lending.api.commands.QuoteRepayment;
import io.peerlend.lending.api.commands.RecordDefaultCover;
import io.peerlend.lending.api.commands.RequestRepayment;
import io.peerlend.lending.api.commands.SettleLoanPayment;
import io.peerlend.lending.api.commands.WithdrawFromLoan;
import io.peerlend.lending.api.events.CollectionFailed;
import io.peerlend.lending.api.events.CollectionRequested;
import io.peerlend.lending.api.events.DefaultCovered;
import io.peerlend.lending.api.events.LateFeeCharged;
import io.peerlend.lending.api.events.LoanArrearsChanged;
import io.peerlend.lending.api.events.LoanCancelled;
import io.peerlend.lending.api.events.LoanDefaulted;
import io.peerlend.lending.api.events.LoanDisbursed;
import io.peerlend.lending.api.events.LoanFeesEarned;
import io.peerlend.lending.api.events.LoanOpened;
import io.peerlend.lending.api.events.LoanPartTransferred;
import io.peerlend.lending.api.events.LoanRepaid;
import io.peerlend.lending.api.events.LoanRepaymentReceived;
import io.peerlend.lending.api.events.LoanWithdrawn;
import io.peerlend.lending.product.LargestRemainder;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * A loan from payout to its end: collections on due dates, payments applied and shared among the lenders, arrears,
 * late fees and default, early repayment and the cooling-off withdrawal, cover by the provision fund and recoveries.
 * Money moves only when the payment provider confirms it ({@link SettleLoanPayment}); every request is idempotent by
 * its reference. The arithmetic lives in {@link LoanSchedule} and {@link LenderDistribution}; state is assigned only
 * from events.
 */
public class Loan {

    public enum Status {
        AWAITING_DISBURSEMENT,
        ACTIVE,
        DEFAULTED,
        REPAID,
        WITHDRAWN,
        CANCELLED
    }

    /**
     * A collection the borrower (or an officer) asked for, as a retry of the same request is answered: its reference,
     * kind, amount, business date and where it stands ({@code REQUESTED}, {@code SETTLED} or {@code FAILED}).
     */
    public record Collection(String reference, String kind, long amountMinor, LocalDate asOf, String status) {}

    @AggregateIdentifier
    private String aggregateId;

    private String loanId;
    private String borrowerId;
    private String currency;
    private BigDecimal ratePercent;
    private int termMonths;
    private long principal;
    private long originationFee;
    private long provisionFee;
    private String payoutReference;
    private Status status;
    private LocalDate disbursedOn;
    private LocalDate interestPaidTo;
    private LocalDate lastCollectionOn;
    private LocalDate requestedThrough;
    private final LoanParts parts = new LoanParts();
    private final List<LoanPartShare> shares = new ArrayList<>();
    /** Each part's own schedule at its lender's rate; {@link #schedule} is their sum, the borrower's. */
    private final PartBook book = new PartBook();

    private final LoanSchedule schedule = new LoanSchedule();
    private LocalDate defaultedOn;
    private final LoanCollections collections = new LoanCollections();
    /** The parts' listings and sales on the secondary market: an entity of this aggregate, with its own handlers. */
    @AggregateMember
    private final LoanTrading trading = new LoanTrading(this);
    /** Recoveries of a defaulted loan: an entity of this aggregate, with its own handlers. */
    @AggregateMember
    private final LoanRecoveries recoveries = new LoanRecoveries(this);

    private int receipts;
    private String bucket = ArrearsBucket.CURRENT.label();
    private long interestOwedAtDefault;
    private long coveredByFund;
    private long reimbursedToFund;
    private boolean coverRecorded;
    private boolean feesEarned;

    protected Loan() {
        // for Axon
    }

    /** Opens once: a repeated command (a retried process step) changes nothing. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenLoan c, ServicingPolicy policy, Clock clock) {
        if (loanId != null) {
            return;
        }
        long shares = c.parts().stream().mapToLong(LoanPartShare::amountMinor).sum();
        if (shares != c.principalMinor() || c.originationFeeMinor() < 0 || c.originationFeeMinor() >= shares) {
            throw new IllegalArgumentException(
                    "a loan's parts must sum to its principal and the fee be less: " + c.loanId());
        }
        apply(new LoanOpened(
                c.loanId(),
                c.borrowerId(),
                c.marketId(),
                c.grade(),
                c.pd(),
                c.termMonths(),
                c.principalMinor(),
                c.currency(),
                c.ratePercent(),
                c.originationFeeMinor(),
                policy.provisionFee(c.grade(), c.principalMinor(), c.originationFeeMinor()),
                c.parts(),
                "payout:" + c.loanId(),
                clock.instant()));
    }

    @CommandHandler
    void handle(SettleLoanPayment c, BusinessDay day, ServicingPolicy policy, Clock clock) {
        if (c.reference().equals(payoutReference)) {
            if (status != Status.AWAITING_DISBURSEMENT) {
                return;
            }
            if (c.settled()) {
                // every part amortises at its lender's own rate; the borrower pays the sum, cent for cent
                LocalDate today = day.today();
                List<PartSchedule> partSchedules = PartBook.agree(shares, ratePercent, termMonths, today.plusMonths(1));
                apply(new LoanDisbursed(
                        loanId,
                        borrowerId,
                        principal - originationFee,
                        currency,
                        today,
                        PartBook.sum(partSchedules),
                        clock.instant(),
                        partSchedules));
            } else {
                apply(new LoanCancelled(
                        loanId,
                        c.reason(),
                        principal,
                        originationFee,
                        principal - originationFee,
                        currency,
                        receipts + 1,
                        parts.refunds(),
                        clock.instant()));
            }
            return;
        }
        LoanCollections.Pending p = collections.pending(c.reference());
        if (p == null) {
            return;
        }
        if (!c.settled()) {
            apply(new CollectionFailed(loanId, c.reference(), c.reason(), clock.instant()));
            return;
        }
        if (CollectionRequested.COOLING_OFF.equals(p.kind())) {
            withdraw(c.reference(), p, policy, clock);
        } else if (CollectionRequested.RECOVERY.equals(p.kind()) || status == Status.DEFAULTED) {
            // money the bank paid after the loan defaulted (a collection asked for before) is money recovered
            recover(c.reference(), p.amount(), p.asOf(), clock);
        } else {
            receive(c.reference(), p.kind(), p.amount(), p.asOf(), policy, clock);
            closeIfRepaid(p.asOf(), clock);
            arrears(p.asOf(), clock);
        }
    }

    /** Close of business: late fees, arrears, default, and the collection of what fell due. Idempotent per date. */
    @CommandHandler
    void handle(CloseLoanDay c, ServicingPolicy policy, Clock clock) {
        LocalDate date = c.businessDate();
        if (status != Status.ACTIVE || date.isBefore(disbursedOn)) {
            return;
        }
        boolean withdrawing = collections.anyPending(CollectionRequested.COOLING_OFF);
        if (!feesEarned && !withdrawing && date.isAfter(disbursedOn.plusDays(policy.coolingOffDays()))) {
            apply(new LoanFeesEarned(
                    loanId, originationFee - provisionFee, provisionFee, currency, date, clock.instant()));
        }
        // a collection still waiting for the bank is not money: late fees, arrears and default follow what is unpaid
        for (LoanSchedule.Due d : schedule.overdueOn(date)) {
            if (d.lateFee == 0
                    && policy.lateFeeMinor() > 0
                    && ChronoUnit.DAYS.between(d.dueDate, date) >= policy.lateFeeAfterDays()) {
                apply(new LateFeeCharged(loanId, d.number, policy.lateFeeMinor(), date, clock.instant()));
            }
        }
        arrears(date, clock);
        int missed = schedule.overdueOn(date).size();
        int dpd = schedule.daysPastDue(date);
        if (missed >= policy.defaultAfterMissedInstalments() || dpd > policy.defaultAfterDaysPastDue()) {
            String reason = missed >= policy.defaultAfterMissedInstalments()
                    ? missed + " instalments missed"
                    : dpd + " days past due";
            Payoff owed = payoff(date);
            apply(new LoanDefaulted(
                    loanId,
                    reason,
                    schedule.outstandingPrincipal(),
                    owed.interestDueMinor(),
                    owed.feesDueMinor(),
                    date,
                    clock.instant()));
            return;
        }
        List<LoanSchedule.Due> due = schedule.dueBy(date);
        if (due.isEmpty() || !collections.nonePending()) {
            return;
        }
        boolean newlyDue =
                requestedThrough == null || due.get(due.size() - 1).dueDate.isAfter(requestedThrough);
        boolean retry = lastCollectionOn != null
                && ChronoUnit.DAYS.between(lastCollectionOn, date) >= policy.collectionRetryDays();
        if (newlyDue || retry) {
            apply(new CollectionRequested(
                    loanId,
                    borrowerId,
                    "collect:" + loanId + ":" + date,
                    CollectionRequested.SCHEDULED,
                    due.stream().mapToLong(LoanSchedule.Due::unpaid).sum(),
                    currency,
                    date,
                    clock.instant()));
        }
    }

    @CommandHandler
    Payoff handle(QuoteRepayment c) {
        requireActive();
        return payoff(c.asOf());
    }

    /**
     * Early repayment in part or in full, at any time, without penalty. A retry (the same reference) is answered with
     * the original collection; the same reference for a different amount is refused.
     */
    @CommandHandler
    Collection handle(RequestRepayment c, Clock clock) {
        Collection earlier = collections.earlier(c.reference());
        if (earlier != null) {
            boolean same = c.full()
                    ? CollectionRequested.FULL.equals(earlier.kind())
                    : earlier.amountMinor() == c.amountMinor();
            return LoanCollections.sameRequest(earlier, same);
        }
        requireActive();
        collections.requireNonePending();
        Payoff payoff = payoff(c.asOf());
        long amount = c.full() ? payoff.totalMinor() : c.amountMinor();
        if (amount <= 0 || amount > payoff.totalMinor()) {
            throw new LoanRuleBroken(
                    "amount",
                    "must be more than 0.00 and at most what pays the loan off, " + payoff.totalMinor()
                            + " minor units on " + c.asOf());
        }
        String kind = amount == payoff.totalMinor() ? CollectionRequested.FULL : CollectionRequested.PART;
        apply(new CollectionRequested(
                loanId, borrowerId, c.reference(), kind, amount, currency, c.asOf(), clock.instant()));
        return collections.earlier(c.reference());
    }

    /** Within the cooling-off period and before any repayment: repay what was received plus interest for the days. */
    @CommandHandler
    Collection handle(WithdrawFromLoan c, ServicingPolicy policy, Clock clock) {
        Collection earlier = collections.earlier(c.reference());
        if (earlier != null) {
            return LoanCollections.sameRequest(earlier, CollectionRequested.COOLING_OFF.equals(earlier.kind()));
        }
        requireActive();
        collections.requireNonePending();
        if (c.asOf().isAfter(disbursedOn.plusDays(policy.coolingOffDays()))) {
            throw new LoanRuleBroken(
                    null,
                    "the cooling-off period ended on " + disbursedOn.plusDays(policy.coolingOffDays())
                            + "; the loan can still be repaid early");
        }
        if (receipts > 0) {
            throw new LoanRuleBroken(null, "repayments have been made; the loan can be repaid early instead");
        }
        long amount =
                principal - originationFee + sum(book.interestForDays(parts.outstanding(), disbursedOn, c.asOf()));
        apply(new CollectionRequested(
                loanId,
                borrowerId,
                c.reference(),
                CollectionRequested.COOLING_OFF,
                amount,
                currency,
                c.asOf(),
                clock.instant()));
        return collections.earlier(c.reference());
    }

    /** The provision fund's payment for a defaulted loan: interest due first, then principal, to the lenders. */
    @CommandHandler
    void handle(RecordDefaultCover c, Clock clock) {
        if (status != Status.DEFAULTED || coverRecorded) {
            return;
        }
        long principalOwed = parts.total();
        if (c.amountMinor() < 0 || c.amountMinor() > interestOwedAtDefault + principalOwed) {
            throw new IllegalArgumentException("the fund pays at most what the lenders are owed");
        }
        long interest = Math.min(c.amountMinor(), interestOwedAtDefault);
        long principalPaid = c.amountMinor() - interest;
        // interest to each part by what its own instalments left unpaid; principal by what each is still owed
        long[] interestDue = book.interestDue(defaultedOn);
        long[] partInterest = sum(interestDue) == 0
                ? new long[interestDue.length]
                : LargestRemainder.split(Math.min(interest, sum(interestDue)), interestDue);
        long[] partPrincipal = LargestRemainder.split(
                principalPaid + (interest - Math.min(interest, sum(interestDue))), parts.outstanding());
        apply(new DefaultCovered(
                loanId,
                receipts + 1,
                c.amountMinor(),
                interest,
                principalPaid,
                currency,
                parts.payments(new LenderDistribution(partInterest, partPrincipal, 0)),
                clock.instant()));
    }

    /** The arithmetic of money received, over this loan's schedule and parts as they stand. */
    private Receipts money() {
        return new Receipts(loanId, currency, receipts + 1, schedule, book, parts, shares);
    }

    void recover(String reference, long amount, LocalDate asOf, Clock clock) {
        apply(money().recovered(
                        reference, amount, Math.max(0, coveredByFund - reimbursedToFund), asOf, clock.instant()));
    }

    private void receive(
            String reference, String kind, long amount, LocalDate asOf, ServicingPolicy policy, Clock clock) {
        apply(money().received(
                        reference, kind, amount, asOf, interestFrom(asOf), disbursedOn, policy, clock.instant()));
    }

    private static long sum(long[] values) {
        return Arrays.stream(values).sum();
    }

    private void withdraw(String reference, LoanCollections.Pending p, ServicingPolicy policy, Clock clock) {
        // each part its principal back and its own rate's interest for the days the borrower held it
        long[] partPrincipal = parts.outstanding();
        long[] partInterest = book.interestForDays(partPrincipal, disbursedOn, p.asOf());
        long interest = sum(partInterest);
        long servicingFee = 0;
        for (int k = 0; k < partInterest.length; k++) {
            long fee = policy.servicingFee(partInterest[k]);
            servicingFee += fee;
            partInterest[k] -= fee;
        }
        apply(new LoanWithdrawn(
                loanId,
                reference,
                receipts + 1,
                p.amount(),
                currency,
                principal,
                interest,
                servicingFee,
                originationFee,
                parts.payments(new LenderDistribution(partInterest, partPrincipal, servicingFee)),
                p.asOf(),
                clock.instant()));
    }

    private void closeIfRepaid(LocalDate asOf, Clock clock) {
        if (schedule.settled()) {
            if (!feesEarned) {
                // repaid within the cooling-off period: the agreement ends, so nothing of the fee is refundable now
                apply(new LoanFeesEarned(
                        loanId, originationFee - provisionFee, provisionFee, currency, asOf, clock.instant()));
            }
            apply(new LoanRepaid(loanId, asOf, clock.instant()));
        }
    }

    private void arrears(LocalDate date, Clock clock) {
        if (status != Status.ACTIVE) {
            return;
        }
        int dpd = schedule.daysPastDue(date);
        String now = ArrearsBucket.of(dpd).label();
        if (!now.equals(bucket)) {
            long overdue = schedule.overdueOn(date).stream()
                    .mapToLong(LoanSchedule.Due::unpaid)
                    .sum();
            apply(new LoanArrearsChanged(
                    loanId, now, dpd, overdue, schedule.overdueOn(date).size(), date, clock.instant()));
        }
    }

    /** The parts change hands (the listing's side is {@link LoanTrading}'s). */
    @EventSourcingHandler
    void on(LoanPartTransferred e) {
        parts.transfer(e.parts(), e.buyerId());
        book.transfer(e.parts(), e.buyerId());
        for (int k : e.parts()) {
            LoanPartShare was = shares.get(k);
            shares.set(k, new LoanPartShare(e.buyerId(), was.offerId(), was.amountMinor(), was.rateBps()));
        }
    }

    private Payoff payoff(LocalDate asOf) {
        return schedule.payoff(asOf, sum(book.accruedUnpaid(asOf, interestFrom(asOf))));
    }

    /** Interest runs from the last due date, the payout or the last early payment, whichever is latest. */
    LocalDate interestFrom(LocalDate asOf) {
        LocalDate from = disbursedOn;
        LocalDate lastDue = schedule.lastDueDateBy(asOf);
        if (lastDue != null && lastDue.isAfter(from)) {
            from = lastDue;
        }
        return interestPaidTo != null && interestPaidTo.isAfter(from) ? interestPaidTo : from;
    }

    void requireActive() {
        if (status != Status.ACTIVE) {
            throw new LoanRuleBroken(null, "this loan is " + status);
        }
    }

    @EventSourcingHandler
    void on(LoanOpened e) {
        aggregateId = Loans.idFor(e.loanId());
        loanId = e.loanId();
        borrowerId = e.borrowerId();
        currency = e.currency();
        ratePercent = e.ratePercent();
        termMonths = e.termMonths();
        principal = e.principalMinor();
        originationFee = e.originationFeeMinor();
        provisionFee = e.provisionFeeMinor();
        payoutReference = e.disbursementReference();
        status = Status.AWAITING_DISBURSEMENT;
        parts.open(e.parts());
        shares.addAll(e.parts());
    }

    @EventSourcingHandler
    void on(LoanDisbursed e) {
        status = Status.ACTIVE;
        disbursedOn = e.disbursedOn();
        schedule.agree(e.schedule());
        book.agree(
                e.partSchedules() != null
                        ? e.partSchedules()
                        : PartBook.upcast(
                                shares.stream().map(LoanPartShare::lenderId).toList(),
                                parts.outstanding(),
                                ratePercent,
                                e.schedule()));
    }

    @EventSourcingHandler
    void on(LoanCancelled e) {
        status = Status.CANCELLED;
        receipts = e.receiptNo();
        parts.repaid(e.refunds());
    }

    @EventSourcingHandler
    void on(CollectionRequested e) {
        collections.requested(e.reference(), e.kind(), e.amountMinor(), e.asOf());
        if (CollectionRequested.SCHEDULED.equals(e.kind())) {
            lastCollectionOn = e.asOf();
            requestedThrough = e.asOf();
        }
    }

    @EventSourcingHandler
    void on(CollectionFailed e) {
        collections.finish(e.reference(), "FAILED", null, 0, null);
    }

    @EventSourcingHandler
    void on(LoanRepaymentReceived e) {
        collections.finish(e.reference(), "SETTLED", e.kind(), e.amountMinor(), e.receivedOn());
        receipts = e.receiptNo();
        if (e.partsApplied() != null) {
            e.partsApplied().forEach(book::pay);
        } else if (book.agreed()) {
            // a receipt from before parts had schedules: shared as it would be now (its distributions were pro rata)
            e.applied().forEach(p -> book.split(p).forEach(book::pay));
        }
        e.applied().forEach(schedule::pay);
        if (e.rescheduled() != null) {
            schedule.replaceAfter(e.receivedOn(), e.rescheduled());
            book.replaceAfter(
                    e.receivedOn(),
                    e.partsRescheduled() != null
                            ? e.partsRescheduled()
                            : PartBook.upcast(
                                    shares.stream().map(LoanPartShare::lenderId).toList(),
                                    afterReceipt(e.distributions()),
                                    ratePercent,
                                    e.rescheduled()));
        }
        if (e.rescheduled() != null) {
            // principal was prepaid and the period's interest with it: interest now runs from that day
            interestPaidTo = e.receivedOn();
        }
        parts.repaid(e.distributions());
        reimbursedToFund += e.toProvisionFundMinor();
    }

    @EventSourcingHandler
    void on(LateFeeCharged e) {
        schedule.chargeLateFee(e.instalment(), e.feeMinor());
    }

    @EventSourcingHandler
    void on(LoanArrearsChanged e) {
        bucket = e.bucket();
    }

    @EventSourcingHandler
    void on(LoanDefaulted e) {
        status = Status.DEFAULTED;
        interestOwedAtDefault = e.interestDueMinor();
        defaultedOn = e.defaultedOn();
    }

    @EventSourcingHandler
    void on(DefaultCovered e) {
        coverRecorded = true;
        receipts = e.receiptNo();
        coveredByFund = e.amountMinor();
        parts.repaid(e.distributions());
    }

    @EventSourcingHandler
    void on(LoanFeesEarned e) {
        feesEarned = true;
    }

    @EventSourcingHandler
    void on(LoanRepaid e) {
        status = Status.REPAID;
    }

    @EventSourcingHandler
    void on(LoanWithdrawn e) {
        status = Status.WITHDRAWN;
        collections.finish(e.reference(), "SETTLED", CollectionRequested.COOLING_OFF, e.amountMinor(), e.withdrawnOn());
        receipts = e.receiptNo();
        parts.repaid(e.distributions());
    }

    /** Each part's principal outstanding once this receipt's distributions are paid (weights of an old re-agreement). */
    private long[] afterReceipt(List<PartPayment> distributions) {
        long[] left = parts.outstanding();
        for (int k = 0; k < distributions.size(); k++) {
            left[k] -= distributions.get(k).principalMinor();
        }
        return Arrays.stream(left).allMatch(v -> v == 0) ? parts.outstanding() : left;
    }

    Status status() {
        return status;
    }

    String borrowerId() {
        return borrowerId;
    }

    LoanCollections collections() {
        return collections;
    }

    /** What the borrower of a defaulted loan still owes: the lenders' principal and the provision fund's claim. */
    long owedAfterDefault() {
        return parts.total() + coveredByFund - reimbursedToFund;
    }

    String loanId() {
        return loanId;
    }

    String currency() {
        return currency;
    }

    LoanParts parts() {
        return parts;
    }

    PartBook book() {
        return book;
    }

    String arrearsBucket() {
        return bucket;
    }

    long outstandingPrincipal() {
        return schedule.outstandingPrincipal();
    }

    List<ScheduledInstalment> agreedSchedule() {
        return schedule.agreed();
    }

    long[] partOutstanding() {
        return parts.outstanding();
    }
}
