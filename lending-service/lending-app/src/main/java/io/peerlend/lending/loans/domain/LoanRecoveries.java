package io.peerlend.lending.loans.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.peerlend.lending.api.commands.ApproveRecovery;
import io.peerlend.lending.api.commands.ProposeRecovery;
import io.peerlend.lending.api.commands.RequestRecovery;
import io.peerlend.lending.api.events.CollectionRequested;
import io.peerlend.lending.api.events.RecoveryApproved;
import io.peerlend.lending.api.events.RecoveryProposed;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * Money recovered on a defaulted {@link Loan} (an entity of the aggregate, so each recovery is decided with the
 * loan's state, one command at a time): collected through the payment provider, or proposed by one officer with its
 * evidence and approved by another. What is recovered is applied by the loan itself, as any money received.
 */
class LoanRecoveries {

    private final Loan loan;
    /** Recoveries proposed outside the payment port, by reference, until approved. */
    private final Map<String, RecoveryProposed> proposals = new HashMap<>();

    LoanRecoveries(Loan loan) {
        this.loan = loan;
    }

    /**
     * Money recovered on a defaulted loan, collected through the payment provider: applied when the provider confirms
     * it arrived (lenders' remaining principal first, then the provision fund's claim).
     */
    @CommandHandler
    Loan.Collection handle(RequestRecovery c, Clock clock) {
        Loan.Collection earlier = loan.collections().earlier(c.reference());
        if (earlier != null) {
            return LoanCollections.sameRequest(earlier, earlier.amountMinor() == c.amountMinor());
        }
        requireRecoverable(c.amountMinor());
        loan.collections().requireNonePending();
        apply(new CollectionRequested(
                loan.loanId(),
                loan.borrowerId(),
                c.reference(),
                CollectionRequested.RECOVERY,
                c.amountMinor(),
                loan.currency(),
                c.asOf(),
                clock.instant()));
        return loan.collections().earlier(c.reference());
    }

    /** Money recovered outside the payment port: one officer proposes it with the evidence; it waits for approval. */
    @CommandHandler
    void handle(ProposeRecovery c, Clock clock) {
        RecoveryProposed earlier = proposals.get(c.reference());
        if (earlier != null) {
            LoanCollections.sameRequest(
                    new Loan.Collection(
                            c.reference(),
                            CollectionRequested.RECOVERY,
                            earlier.amountMinor(),
                            earlier.asOf(),
                            "PROPOSED"),
                    earlier.amountMinor() == c.amountMinor());
            return;
        }
        if (c.evidence() == null || c.evidence().isBlank()) {
            throw new LoanRuleBroken(
                    "evidence", "say what shows the money arrived (e.g. the court's payment reference)");
        }
        requireRecoverable(c.amountMinor());
        apply(new RecoveryProposed(
                loan.loanId(), c.reference(), c.amountMinor(), c.asOf(), c.officerId(), c.evidence(), clock.instant()));
    }

    /** A second person approves a proposed recovery; then it is applied like any recovery. */
    @CommandHandler
    void handle(ApproveRecovery c, Clock clock) {
        RecoveryProposed proposal = proposals.get(c.reference());
        if (proposal == null) {
            throw new LoanRuleBroken(null, "no recovery " + c.reference() + " is waiting for approval on this loan");
        }
        if (loan.collections().finished(c.reference())) {
            return;
        }
        if (proposal.proposedBy().equals(c.supervisorId())) {
            throw new LoanRuleBroken(
                    null, "a recovery must be approved by someone other than the officer who proposed it");
        }
        requireRecoverable(proposal.amountMinor());
        apply(new RecoveryApproved(loan.loanId(), c.reference(), c.supervisorId(), clock.instant()));
        loan.recover(c.reference(), proposal.amountMinor(), proposal.asOf(), clock);
    }

    private void requireRecoverable(long amount) {
        if (loan.status() != Loan.Status.DEFAULTED) {
            throw new LoanRuleBroken(null, "only a defaulted loan has recoveries; this one is " + loan.status());
        }
        long owed = loan.owedAfterDefault();
        if (amount <= 0 || amount > owed) {
            throw new LoanRuleBroken(
                    "amount", "must be more than 0.00 and at most what is still owed, " + owed + " minor units");
        }
    }

    @EventSourcingHandler
    void on(RecoveryProposed e) {
        proposals.put(e.reference(), e);
    }
}
