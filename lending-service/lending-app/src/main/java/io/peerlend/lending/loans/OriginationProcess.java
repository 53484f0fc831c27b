package io.peerlend.lending.loans;

import io.peerlend.lending.EventHistory;
import io.peerlend.lending.api.commands.OpenLoan;
import io.peerlend.lending.api.events.LoanApplicationScored;
import io.peerlend.lending.api.events.LoanApplicationSubmitted;
import io.peerlend.lending.api.events.LoanFunded;
import io.peerlend.lending.api.events.LoanQuoted;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
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

    OriginationProcess(CommandGateway commands, EventStore events) {
        this.commands = commands;
        this.events = events;
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
