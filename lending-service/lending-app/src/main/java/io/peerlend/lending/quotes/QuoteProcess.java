package io.peerlend.lending.quotes;

import io.peerlend.lending.EventHistory;
import io.peerlend.lending.api.Markets;
import io.peerlend.lending.api.commands.QuoteLoan;
import io.peerlend.lending.api.commands.RecordQuote;
import io.peerlend.lending.api.events.LoanAmountReduced;
import io.peerlend.lending.api.events.LoanApplicationScored;
import io.peerlend.lending.api.events.LoanApplicationSubmitted;
import io.peerlend.lending.api.events.QuoteRequested;
import io.peerlend.lending.markets.domain.Allocation;
import io.peerlend.lending.product.Amounts;
import io.peerlend.lending.quotes.domain.FeePolicy;
import io.peerlend.lending.quotes.domain.PreContractTerms;
import io.peerlend.lending.quotes.domain.Quote;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Step "quoted": once an application is scored (or the borrower asks again), the market of its grade and term says
 * which offers would fund it now; the quote takes their weighted rate, the platform's fee and the schedule, and is
 * recorded on the application. Never repeated on a replay; a failure is retried by the processor.
 */
@Component
@ProcessingGroup(QuoteProcess.GROUP)
public class QuoteProcess {

    public static final String GROUP = "lending-quotes";

    private final CommandGateway commands;
    private final EventStore events;
    private final FeePolicy fees;
    private final PreContractTerms terms;
    private final Clock clock;
    private final Duration validFor;

    QuoteProcess(
            CommandGateway commands,
            EventStore events,
            FeePolicy fees,
            PreContractTerms terms,
            Clock clock,
            @Value("${peerlend.lending.quotes.valid-for:P7D}") Duration validFor) {
        this.commands = commands;
        this.events = events;
        this.fees = fees;
        this.terms = terms;
        this.clock = clock;
        this.validFor = validFor;
    }

    @EventHandler
    @DisallowReplay
    void on(LoanApplicationScored scored) {
        quote(scored.applicationId());
    }

    @EventHandler
    @DisallowReplay
    void on(LoanAmountReduced reduced) {
        quote(reduced.applicationId());
    }

    @EventHandler
    @DisallowReplay
    void on(QuoteRequested requested) {
        quote(requested.applicationId());
    }

    private void quote(String applicationId) {
        EventHistory application = EventHistory.of(events, applicationId);
        LoanApplicationSubmitted submitted =
                application.first(LoanApplicationSubmitted.class).orElseThrow();
        String grade =
                application.last(LoanApplicationScored.class).orElseThrow().grade();
        String marketId = Markets.id(grade, submitted.termMonths());
        long amount = application
                .last(LoanAmountReduced.class)
                .map(LoanAmountReduced::toMinor)
                .orElse(submitted.amountMinor());
        Allocation allocation = allocation(marketId, amount);
        if (!allocation.complete()) {
            commands.sendAndWait(new RecordQuote(
                    applicationId,
                    false,
                    "not enough money on offer in market "
                            + grade + " × " + submitted.termMonths() + " months right now: it could lend "
                            + Amounts.format(allocation.funded(), submitted.currency())
                            + "; ask again later or lower the "
                            + "amount",
                    marketId,
                    null,
                    null,
                    0,
                    0,
                    0,
                    null,
                    null));
            return;
        }
        LocalDate firstDue =
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusMonths(1);
        Quote quote = Quote.of(
                grade,
                amount,
                submitted.termMonths(),
                allocation,
                fees,
                terms,
                firstDue,
                submitted.currency(),
                clock.instant(),
                validFor);
        commands.sendAndWait(new RecordQuote(
                applicationId,
                true,
                null,
                marketId,
                quote.ratePercent(),
                quote.information().aprPercent(),
                quote.fee(),
                quote.schedule().monthlyPayment(),
                quote.schedule().totalRepayable(),
                firstDue,
                quote.validUntil(),
                Quote.parts(allocation)));
    }

    /** A market nobody has offered in yet has no aggregate: nothing to fund with. */
    private Allocation allocation(String marketId, long amount) {
        try {
            return commands.sendAndWait(new QuoteLoan(marketId, amount));
        } catch (AggregateNotFoundException e) {
            return new Allocation(amount, 0, List.of());
        }
    }
}
