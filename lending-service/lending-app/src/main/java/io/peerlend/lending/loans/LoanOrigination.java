package io.peerlend.lending.loans;

import io.peerlend.lending.api.LoanApplicationScored;
import io.peerlend.lending.api.LoanApplicationSubmitted;
import io.peerlend.lending.api.LoanFunded;
import io.peerlend.lending.api.LoanQuoted;
import io.peerlend.lending.api.OpenLoan;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Step "disbursed": a funded application becomes a loan, with its borrower, grade, term and fee from the
 * application's own history, and the parts the market funded it with; the loan then instructs the payout. Opening is
 * idempotent, so a retried event opens nothing twice. Never repeated on a replay.
 */
@Component
@ProcessingGroup(LoanOrigination.GROUP)
class LoanOrigination {

    static final String GROUP = "lending-origination";

    private final CommandGateway commands;
    private final EventStore events;

    LoanOrigination(CommandGateway commands, EventStore events) {
        this.commands = commands;
        this.events = events;
    }

    @EventHandler
    @DisallowReplay
    void on(LoanFunded funded) {
        List<Object> history = events.readEvents(funded.applicationId()).asStream()
                .map(DomainEventMessage::getPayload).map(Object.class::cast).toList();
        LoanApplicationSubmitted submitted = last(history, LoanApplicationSubmitted.class);
        LoanApplicationScored scored = last(history, LoanApplicationScored.class);
        LoanQuoted quoted = last(history, LoanQuoted.class);
        commands.sendAndWait(new OpenLoan(funded.applicationId(), submitted.borrowerId(), funded.marketId(),
                scored.grade(), scored.pd(), submitted.termMonths(), funded.amountMinor(), submitted.currency(),
                funded.ratePercent(), quoted.feeMinor(), funded.shares()));
    }

    private static <T> T last(List<Object> history, Class<T> type) {
        return history.stream().filter(type::isInstance).map(type::cast).reduce((a, b) -> b).orElseThrow();
    }
}
