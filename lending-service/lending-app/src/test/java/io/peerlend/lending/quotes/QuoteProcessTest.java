package io.peerlend.lending.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.when;

import io.peerlend.lending.api.LoanPartShare;
import io.peerlend.lending.api.LoanPurpose;
import io.peerlend.lending.api.Markets;
import io.peerlend.lending.api.commands.QuoteLoan;
import io.peerlend.lending.api.commands.RecordQuote;
import io.peerlend.lending.api.events.LoanAmountReduced;
import io.peerlend.lending.api.events.LoanApplicationScored;
import io.peerlend.lending.api.events.LoanApplicationSubmitted;
import io.peerlend.lending.api.events.QuoteRequested;
import io.peerlend.lending.markets.domain.Allocation;
import io.peerlend.lending.markets.domain.LoanPart;
import io.peerlend.lending.quotes.domain.FeePolicy;
import io.peerlend.lending.quotes.domain.PreContractTerms;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pricing a scored application from its market: the amount and grade from its own events, the parts from the book. */
class QuoteProcessTest {

    static final Instant NOW = Instant.parse("2027-01-15T10:00:00Z");
    static final String B_36 = Markets.id("B", 36);
    static final PreContractTerms TERMS = new PreContractTerms("late fee", "default rule", "14 days", "any time");

    final CommandGateway commands = mock(CommandGateway.class);
    EmbeddedEventStore store;
    QuoteProcess process;

    @BeforeEach
    void setUp() {
        store = EmbeddedEventStore.builder()
                .storageEngine(new InMemoryEventStorageEngine())
                .build();
        process = new QuoteProcess(
                commands, store, FeePolicy.UK, TERMS, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofDays(7));
        history(
                new LoanApplicationSubmitted("app-1", "b-1", 2_000_00, "GBP", 36, LoanPurpose.CAR, null, null, NOW),
                new LoanApplicationScored("app-1", "B", new BigDecimal("0.05"), 600, List.of(), "m-1", NOW));
    }

    @Test
    void givenTheMarketCanFundIt_whenScored_thenAQuoteIsRecordedAtTheWeightedRateWithItsFeeAndParts() {
        when(commands.sendAndWait(new QuoteLoan(B_36, 2_000_00)))
                .thenReturn(new Allocation(
                        2_000_00,
                        2_000_00,
                        List.of(new LoanPart("o-1", "l-1", 1_000_00, 500), new LoanPart("o-2", "l-2", 1_000_00, 700))));

        process.on(new LoanApplicationScored("app-1", "B", new BigDecimal("0.05"), 600, List.of(), "m-1", NOW));

        RecordQuote quote = recorded();
        assertThat(quote.available()).isTrue();
        assertThat(quote.marketId()).isEqualTo(B_36);
        assertThat(quote.ratePercent()).isEqualByComparingTo("6.00");
        assertThat(quote.feeMinor()).isEqualTo(40_00); // grade B: 2% of the principal
        assertThat(quote.firstDueDate()).isEqualTo(LocalDate.of(2027, 2, 15));
        assertThat(quote.validUntil()).isEqualTo(NOW.plus(Duration.ofDays(7)));
        assertThat(quote.parts())
                .containsExactly(
                        new LoanPartShare("l-1", "o-1", 1_000_00, 500), new LoanPartShare("l-2", "o-2", 1_000_00, 700));
    }

    @Test
    void givenTheBorrowerLoweredTheAmount_whenAskedAgain_thenTheQuoteIsForTheLowerAmount() {
        history(new LoanAmountReduced("app-1", 2_000_00, 1_500_00, NOW));
        when(commands.sendAndWait(new QuoteLoan(B_36, 1_500_00)))
                .thenReturn(new Allocation(1_500_00, 1_500_00, List.of(new LoanPart("o-1", "l-1", 1_500_00, 500))));

        process.on(new QuoteRequested("app-1", NOW));

        assertThat(recorded().ratePercent()).isEqualByComparingTo("5.00");
    }

    @Test
    void givenTooLittleOnOffer_whenScored_thenTheQuoteIsUnavailableAndSaysWhatTheMarketCouldLend() {
        when(commands.sendAndWait(any(QuoteLoan.class)))
                .thenReturn(new Allocation(2_000_00, 500_00, List.of(new LoanPart("o-1", "l-1", 500_00, 500))));

        process.on(new QuoteRequested("app-1", NOW));

        RecordQuote quote = recorded();
        assertThat(quote.available()).isFalse();
        assertThat(quote.reason()).contains("market B × 36 months").contains("it could lend 500.00");
    }

    @Test
    void givenAMarketNobodyHasOfferedIn_whenScored_thenTheQuoteIsUnavailable() {
        when(commands.sendAndWait(any(QuoteLoan.class))).thenThrow(new AggregateNotFoundException(B_36, "none"));

        process.on(new QuoteRequested("app-1", NOW));

        assertThat(recorded().reason()).contains("it could lend 0.00");
    }

    /** The one quote the process recorded. */
    private RecordQuote recorded() {
        List<RecordQuote> quotes = mockingDetails(commands).getInvocations().stream()
                .map(i -> i.getArgument(0))
                .filter(RecordQuote.class::isInstance)
                .map(RecordQuote.class::cast)
                .toList();
        assertThat(quotes).hasSize(1);
        return quotes.get(0);
    }

    private long sequence;

    private void history(Object... events) {
        for (Object event : events) {
            store.publish(new GenericDomainEventMessage<>("LoanApplication", "app-1", sequence++, event));
        }
    }
}
