package io.peerlend.lending.loans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.peerlend.lending.api.LoanPartShare;
import io.peerlend.lending.api.LoanPurpose;
import io.peerlend.lending.api.commands.OpenLoan;
import io.peerlend.lending.api.events.LoanAmountReduced;
import io.peerlend.lending.api.events.LoanApplicationScored;
import io.peerlend.lending.api.events.LoanApplicationSubmitted;
import io.peerlend.lending.api.events.LoanFunded;
import io.peerlend.lending.api.events.LoanQuoted;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

/** A funded application becomes a loan on the terms its own events record: the latest grade and quote. */
class OriginationProcessTest {

    static final Instant NOW = Instant.parse("2027-01-15T10:00:00Z");

    @Test
    void givenAnApplicationQuotedTwice_whenFunded_thenTheLoanOpensWithItsGradeTheLatestQuotesFeeAndTheFundedParts() {
        EmbeddedEventStore store = EmbeddedEventStore.builder()
                .storageEngine(new InMemoryEventStorageEngine())
                .build();
        CommandGateway commands = mock(CommandGateway.class);
        Object[] history = {
            new LoanApplicationSubmitted("app-1", "b-1", 2_000_00, "GBP", 36, LoanPurpose.CAR, null, null, NOW),
            new LoanApplicationScored("app-1", "B", new BigDecimal("0.05"), 600, List.of(), "m-1", NOW),
            new LoanQuoted(
                    "app-1",
                    "market:B:36",
                    new BigDecimal("6.00"),
                    new BigDecimal("7.9"),
                    40_00,
                    61_00,
                    2_196_00,
                    LocalDate.of(2027, 2, 15),
                    NOW,
                    NOW),
            new LoanAmountReduced("app-1", 2_000_00, 1_500_00, NOW),
            new LoanQuoted(
                    "app-1",
                    "market:B:36",
                    new BigDecimal("5.00"),
                    new BigDecimal("7.1"),
                    30_00,
                    45_00,
                    1_618_00,
                    LocalDate.of(2027, 2, 15),
                    NOW,
                    NOW)
        };
        for (int i = 0; i < history.length; i++) {
            store.publish(new GenericDomainEventMessage<>("LoanApplication", "app-1", i, history[i]));
        }
        List<LoanPartShare> shares = List.of(new LoanPartShare("l-1", "o-1", 1_500_00, 500));

        SimpleMeterRegistry meters = new SimpleMeterRegistry();

        new OriginationProcess(commands, store, meters)
                .on(new LoanFunded(
                        "app-1", "market:B:36", 1_500_00, new BigDecimal("5.00"), 1, NOW.plusSeconds(3_600), shares));

        verify(commands)
                .sendAndWait(new OpenLoan(
                        "app-1",
                        "b-1",
                        "market:B:36",
                        "B",
                        new BigDecimal("0.05"),
                        36,
                        1_500_00,
                        "GBP",
                        new BigDecimal("5.00"),
                        30_00,
                        shares));
        // and the borrower's wait, from applying to being funded, is timed
        Timer fundingTime = meters.get("peerlend.applications.funding.time").timer();
        assertThat(fundingTime.count()).isEqualTo(1);
        assertThat(fundingTime.totalTime(TimeUnit.SECONDS)).isEqualTo(3_600);
    }
}
