package io.peerlend.lending.loans;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.peerlend.lending.EventHistory;
import io.peerlend.lending.api.commands.OpenLoan;
import io.peerlend.lending.api.events.LoanApplicationScored;
import io.peerlend.lending.api.events.LoanApplicationSubmitted;
import io.peerlend.lending.api.events.LoanFunded;
import io.peerlend.lending.api.events.LoanQuoted;
import java.time.Duration;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Step "disbursed": a funded application becomes a loan, with its borrower, grade, term and fee from the
 * application's own history, and the parts the market funded it with; the loan then instructs the payout. Opening is
 * idempotent, so a retried event opens nothing twice. Never repeated on a replay.
 */
@Component
@ProcessingGroup(OriginationProcess.GROUP)
class OriginationProcess {

    static final String GROUP = "lending-origination";

    private final CommandGateway commands;
    private final EventStore events;
    /** From the application to its funding: how long a borrower waits for the money to be found (docs/operations.md). */
    private final Timer fundingTime;

    /** Without metrics (the model check builds the process itself and times nothing). */
    OriginationProcess(CommandGateway commands, EventStore events) {
        this(commands, events, new SimpleMeterRegistry());
    }

    @Autowired
    OriginationProcess(CommandGateway commands, EventStore events, MeterRegistry meters) {
        this.commands = commands;
        this.events = events;
        this.fundingTime = Timer.builder("peerlend.applications.funding.time")
                .description("from an application's submission to its loan being funded")
                .register(meters);
    }

    @EventHandler
    @DisallowReplay
    void on(LoanFunded funded) {
        EventHistory application = EventHistory.of(events, funded.applicationId());
        LoanApplicationSubmitted submitted =
                application.last(LoanApplicationSubmitted.class).orElseThrow();
        LoanApplicationScored scored =
                application.last(LoanApplicationScored.class).orElseThrow();
        LoanQuoted quoted = application.last(LoanQuoted.class).orElseThrow();
        fundingTime.record(Duration.between(submitted.submittedAt(), funded.fundedAt()));
        commands.sendAndWait(new OpenLoan(
                funded.applicationId(),
                submitted.borrowerId(),
                funded.marketId(),
                scored.grade(),
                scored.pd(),
                submitted.termMonths(),
                funded.amountMinor(),
                submitted.currency(),
                funded.ratePercent(),
                quoted.feeMinor(),
                funded.shares()));
    }
}
