package io.peerlend.lending.applications.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.peerlend.lending.api.BorrowerExposures;
import io.peerlend.lending.api.commands.ConfirmPayout;
import io.peerlend.lending.api.commands.LiftBorrowerRestriction;
import io.peerlend.lending.api.commands.QueryBorrowing;
import io.peerlend.lending.api.commands.RecordBorrowing;
import io.peerlend.lending.api.commands.ReduceBorrowing;
import io.peerlend.lending.api.commands.ReleaseBorrowing;
import io.peerlend.lending.api.commands.ReserveBorrowing;
import io.peerlend.lending.api.commands.RestrictBorrower;
import io.peerlend.lending.api.events.BorrowerRestricted;
import io.peerlend.lending.api.events.BorrowerRestrictionLifted;
import io.peerlend.lending.api.events.BorrowingCapReached;
import io.peerlend.lending.api.events.BorrowingReduced;
import io.peerlend.lending.api.events.BorrowingReleased;
import io.peerlend.lending.api.events.BorrowingReserved;
import io.peerlend.lending.api.events.PayoutStopped;
import io.peerlend.lending.product.BorrowingCap;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * Everything one borrower owes or has been promised on the platform, and whether they may borrow now: the
 * consistency boundary of the borrowing cap and of the identity re-checks at funding and at payout.
 * An accepted loan's amount is reserved here before the market funds it, one reservation at a time, so neither
 * parallel applications nor two browser tabs accepting at once can take the borrower over the cap; principal repaid
 * and loans that end stop counting. Read models may lag; this does not.
 */
public class BorrowerExposure {

    /** The outcome of a reservation: granted, or refused with the reason (recorded as {@link BorrowingCapReached}). */
    public record Decision(boolean granted, String reason) {}

    @AggregateIdentifier
    private String exposureId;

    private String borrowerId;
    /** Principal that counts, by loan (= application) id. */
    private final Map<String, Long> owed = new HashMap<>();

    private final Map<String, Integer> receipts = new HashMap<>();
    /** Loans that ended or were not funded: a late or repeated record of them changes nothing. */
    private final Set<String> ended = new HashSet<>();
    /** Why the KYC service stopped this customer borrowing (null: not stopped). */
    private String restriction;

    private final Set<String> stopped = new HashSet<>();

    protected BorrowerExposure() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Decision handle(ReserveBorrowing c, BorrowingCap cap, Clock clock) {
        if (owed.containsKey(c.applicationId())) {
            return new Decision(true, null);
        }
        if (restriction != null) {
            return new Decision(false, "you may not borrow at the moment (" + restriction + ")");
        }
        long total = total();
        var refusal = cap.refusal(total, c.amountMinor());
        if (refusal.isPresent()) {
            apply(new BorrowingCapReached(
                    c.borrowerId(),
                    c.applicationId(),
                    BorrowingCapReached.Stage.ACCEPTANCE,
                    c.amountMinor(),
                    total,
                    cap.maxOutstandingMinor(),
                    cap.currency(),
                    refusal.get(),
                    clock.instant()));
            return new Decision(false, refusal.get());
        }
        apply(new BorrowingReserved(
                c.borrowerId(), c.applicationId(), c.amountMinor(), total + c.amountMinor(), clock.instant()));
        return new Decision(true, null);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordBorrowing c, Clock clock) {
        if (owed.containsKey(c.loanId()) || ended.contains(c.loanId())) {
            return;
        }
        apply(new BorrowingReserved(
                c.borrowerId(), c.loanId(), c.principalMinor(), total() + c.principalMinor(), clock.instant()));
    }

    @CommandHandler
    void handle(ReduceBorrowing c, Clock clock) {
        Long left = owed.get(c.loanId());
        if (left == null || receipts.getOrDefault(c.loanId(), 0) >= c.receiptNo() || c.principalMinor() <= 0) {
            return;
        }
        apply(new BorrowingReduced(
                c.borrowerId(), c.loanId(), c.receiptNo(), Math.min(left, c.principalMinor()), clock.instant()));
    }

    @CommandHandler
    void handle(ReleaseBorrowing c, Clock clock) {
        Long left = owed.get(c.loanId());
        if (left == null) {
            return;
        }
        apply(new BorrowingReleased(c.borrowerId(), c.loanId(), left, c.reason(), clock.instant()));
    }

    /** Just before a loan's money is sent: a restricted borrower is not paid; recorded once, with the reason. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Decision handle(ConfirmPayout c, Clock clock) {
        if (restriction == null && !stopped.contains(c.loanId())) {
            return new Decision(true, null);
        }
        String reason = "payout stopped: the borrower may not borrow at the moment ("
                + (restriction != null ? restriction : "restricted when the payout was due") + ")";
        if (!stopped.contains(c.loanId())) {
            apply(new PayoutStopped(c.borrowerId(), c.loanId(), reason, clock.instant()));
        }
        return new Decision(false, reason);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RestrictBorrower c, Clock clock) {
        if (!c.reason().equals(restriction)) {
            apply(new BorrowerRestricted(c.borrowerId(), c.freeze(), c.reason(), clock.instant()));
        }
    }

    @CommandHandler
    void handle(LiftBorrowerRestriction c, Clock clock) {
        if (restriction != null) {
            apply(new BorrowerRestrictionLifted(borrowerId, c.reason(), clock.instant()));
        }
    }

    @CommandHandler
    long handle(QueryBorrowing c) {
        return total();
    }

    private long total() {
        return owed.values().stream().mapToLong(Long::longValue).sum();
    }

    @EventSourcingHandler
    void on(BorrowingReserved e) {
        start(e.borrowerId());
        owed.put(e.loanId(), e.amountMinor());
        ended.remove(e.loanId());
    }

    @EventSourcingHandler
    void on(BorrowingCapReached e) {
        start(e.borrowerId());
    }

    @EventSourcingHandler
    void on(BorrowingReduced e) {
        owed.computeIfPresent(e.loanId(), (k, v) -> v - e.principalMinor());
        receipts.put(e.loanId(), e.receiptNo());
    }

    @EventSourcingHandler
    void on(BorrowingReleased e) {
        owed.remove(e.loanId());
        ended.add(e.loanId());
    }

    @EventSourcingHandler
    void on(BorrowerRestricted e) {
        start(e.borrowerId());
        restriction = e.reason();
    }

    @EventSourcingHandler
    void on(BorrowerRestrictionLifted e) {
        restriction = null;
    }

    @EventSourcingHandler
    void on(PayoutStopped e) {
        start(e.borrowerId());
        stopped.add(e.loanId());
    }

    private void start(String borrower) {
        exposureId = BorrowerExposures.idFor(borrower);
        borrowerId = borrower;
    }

    long owed() {
        return total();
    }
}
