package io.peerlend.lending.applications.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.peerlend.lending.api.LoanApplicationSubmitted;
import io.peerlend.lending.api.SubmitLoanApplication;
import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/** A borrower's request for a loan, from submission on. Event-sourced: state is assigned only from events. */
public class LoanApplication {

    @AggregateIdentifier
    private String applicationId;
    private String borrowerId;
    private ApplicationStatus status;

    protected LoanApplication() {
        // for Axon
    }

    @CommandHandler
    public LoanApplication(SubmitLoanApplication command, LoanProductPolicy policy, Clock clock) {
        policy.check(command.amountMinor(), command.currency(), command.termMonths());
        apply(new LoanApplicationSubmitted(command.applicationId(), command.borrowerId(), command.amountMinor(),
                command.currency(), command.termMonths(), command.purpose(), clock.instant()));
    }

    @EventSourcingHandler
    void on(LoanApplicationSubmitted event) {
        this.applicationId = event.applicationId();
        this.borrowerId = event.borrowerId();
        this.status = ApplicationStatus.SUBMITTED;
    }

    String borrowerId() {
        return borrowerId;
    }

    ApplicationStatus status() {
        return status;
    }
}
