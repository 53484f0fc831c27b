package io.peerlend.disclosure.loanbook;

import io.peerlend.calendar.api.BusinessDateAdvanced;
import io.peerlend.lending.api.InstalmentPayment;
import io.peerlend.lending.api.LoanPartShare;
import io.peerlend.lending.api.ScheduledInstalment;
import io.peerlend.lending.api.events.DefaultCovered;
import io.peerlend.lending.api.events.LenderFundsDeposited;
import io.peerlend.lending.api.events.LoanApplicationScored;
import io.peerlend.lending.api.events.LoanArrearsChanged;
import io.peerlend.lending.api.events.LoanDefaulted;
import io.peerlend.lending.api.events.LoanDisbursed;
import io.peerlend.lending.api.events.LoanOpened;
import io.peerlend.lending.api.events.LoanRepaid;
import io.peerlend.lending.api.events.LoanRepaymentReceived;
import io.peerlend.platform.testing.ServiceTests;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Rebuild benchmark (not part of the suite; run as in docs/benchmarks.md): {@code -Dbench.events} lending events
 * (10,000,000 by default) written to the real PostgreSQL event store — three years of business days, each with its
 * loans scored, opened and paid out, every earlier loan's monthly repayment, arrears, defaults covered by the fund,
 * loans repaid, a lender's deposit and the date's move — then the disclosure service's loan-book processing group
 * (the loan book, indicators every day, the monthly reports and annual statements) rebuilt from the first event; the
 * rebuild's time and rate are printed.
 */
@SpringBootTest
class RebuildBench {

    private static final long EVENTS = Long.getLong("bench.events", 10_000_000L);
    private static final int DAYS = 3 * 365;
    /** Events a loan brings: scored, opened, paid out, 12 repayments, repaid. */
    private static final int PER_LOAN = 16;

    private static final int LOANS_PER_DAY = (int) Math.max(1, EVENTS / PER_LOAN / DAYS);
    private static final LocalDate START = LocalDate.parse("2045-01-01");
    private static final Instant AT = Instant.parse("2045-01-01T09:00:00Z");
    private static final String[] GRADES = {"A*", "A", "B", "C", "D", "E"};

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        ServiceTests.useEventStore(registry);
        ServiceTests.useReadSide(registry, "disclosure-rebuild-bench");
    }

    @Autowired
    EventStore store;

    @Autowired
    EventProcessingConfiguration processors;

    @Test
    void rebuildTheLoanBookFromTenMillionEvents() throws Exception {
        StreamingEventProcessor book = processors
                .eventProcessor("disclosure-loan-book", StreamingEventProcessor.class)
                .orElseThrow();
        processors.eventProcessors().values().forEach(p -> p.shutDown());
        long t0 = System.nanoTime();
        long written = write();
        System.out.printf(
                "BENCH wrote %,d events (%,d loans a day for %,d days, %,d loans) in %.0f s%n",
                written, LOANS_PER_DAY, DAYS, (long) LOANS_PER_DAY * DAYS, secs(t0));

        long head = store.createHeadToken().position().orElseThrow();
        long t1 = System.nanoTime();
        book.resetTokens();
        book.start();
        long next = System.nanoTime() + 30_000_000_000L;
        while (position(book) < head || book.isReplaying()) {
            Thread.sleep(200);
            if (System.nanoTime() > next) {
                System.out.printf(
                        "BENCH ... %.0f s: at %,d of %,d (%,.0f events/s)%n",
                        secs(t1), position(book), head, position(book) / secs(t1));
                next += 30_000_000_000L;
            }
        }
        double seconds = secs(t1);
        System.out.printf(
                "BENCH rebuilt the loan book from %,d events in %.0f s (%,.0f events/s; heap used %,d MB)%n",
                written,
                seconds,
                written / seconds,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    }

    /** Three years of a platform's lending events in the order they happen, written in batches. */
    private long write() {
        List<EventMessage<?>> batch = new ArrayList<>();
        long written = 0;
        // three years of new loans, and the year after in which the last of them are repaid
        for (int d = 0; d < DAYS + 360; d++) {
            LocalDate day = START.plusDays(d);
            batch.add(GenericEventMessage.asEventMessage(
                    new LenderFundsDeposited("lender-" + d % 5_000, "dep-" + d, 500_000_00, "GBP", AT)));
            for (int i = 0; d < DAYS && i < LOANS_PER_DAY; i++) {
                open(d * LOANS_PER_DAY + i, day, batch);
            }
            // each loan paid out on day s pays its k-th instalment on day s + 30k
            for (int k = 1; k <= 12; k++) {
                int started = d - 30 * k;
                if (started < 0) {
                    continue;
                }
                for (int i = 0; i < LOANS_PER_DAY; i++) {
                    service(started * LOANS_PER_DAY + i, k, day, batch);
                }
            }
            batch.add(GenericEventMessage.asEventMessage(new BusinessDateAdvanced(day, day.plusDays(1), "ops", AT)));
            if (batch.size() >= 5_000 || d == DAYS + 359) {
                store.publish(batch);
                written += batch.size();
                batch = new ArrayList<>();
            }
        }
        return written;
    }

    private static void open(int n, LocalDate day, List<EventMessage<?>> out) {
        String loan = "bench-loan-" + n;
        String grade = GRADES[n % GRADES.length];
        long principal = (1_000 + n % 9_000) * 100L;
        out.add(new GenericDomainEventMessage<>(
                "LoanApplication",
                loan,
                0,
                new LoanApplicationScored(loan, grade, new BigDecimal("0.05"), 600, List.of(), "german-credit-1", AT)));
        out.add(new GenericDomainEventMessage<>(
                "Loan",
                "loan:" + loan,
                0,
                new LoanOpened(
                        loan,
                        "b-" + n % 400_000,
                        "market:" + grade + ":12",
                        grade,
                        new BigDecimal("0.05"),
                        12,
                        principal,
                        "GBP",
                        new BigDecimal("7.50"),
                        principal / 50,
                        principal / 100,
                        List.of(new LoanPartShare("lender-" + n % 5_000, "o", principal)),
                        "payout:" + loan,
                        AT)));
        List<ScheduledInstalment> schedule = new ArrayList<>();
        for (int k = 1; k <= 12; k++) {
            schedule.add(new ScheduledInstalment(k, day.plusDays(30L * k), principal / 12, principal / 160));
        }
        out.add(new GenericDomainEventMessage<>(
                "Loan",
                "loan:" + loan,
                1,
                new LoanDisbursed(loan, "b-" + n % 400_000, principal - principal / 50, "GBP", day, schedule, AT)));
    }

    /** One in twenty loans stops paying after its third instalment, is late, defaults and is covered by the fund. */
    private static void service(int n, int k, LocalDate day, List<EventMessage<?>> out) {
        String loan = "bench-loan-" + n;
        long principal = (1_000 + n % 9_000) * 100L;
        boolean failing = n % 20 == 0;
        if (failing && k > 3) {
            if (k == 5) {
                out.add(new GenericDomainEventMessage<>(
                        "Loan",
                        "loan:" + loan,
                        5,
                        new LoanArrearsChanged(loan, "31-60", 60, principal / 6, 2, day, AT)));
            } else if (k == 7) {
                out.add(new GenericDomainEventMessage<>(
                        "Loan",
                        "loan:" + loan,
                        6,
                        new LoanDefaulted(loan, "91 days past due", principal * 3 / 4, 0, 0, day, AT)));
                out.add(new GenericDomainEventMessage<>(
                        "Loan",
                        "loan:" + loan,
                        7,
                        new DefaultCovered(loan, 4, principal / 2, 0, principal / 2, "GBP", List.of(), AT)));
            }
            return;
        }
        long instalment = principal / 12 + principal / 160;
        out.add(new GenericDomainEventMessage<>(
                "Loan",
                "loan:" + loan,
                1 + k,
                new LoanRepaymentReceived(
                        loan,
                        "rcpt-" + loan + "-" + k,
                        k,
                        "SCHEDULED",
                        instalment,
                        "GBP",
                        0,
                        principal / 160,
                        principal / 12,
                        0,
                        principal / 1600,
                        0,
                        List.of(new InstalmentPayment(k, 0, principal / 160, principal / 12)),
                        List.of(),
                        List.of(),
                        day,
                        AT)));
        if (k == 12) {
            out.add(new GenericDomainEventMessage<>("Loan", "loan:" + loan, 14, new LoanRepaid(loan, day, AT)));
        }
    }

    private static long position(StreamingEventProcessor book) {
        return book.processingStatus().values().stream()
                .mapToLong(s -> s.getCurrentPosition().orElse(0))
                .max()
                .orElse(0);
    }

    private static double secs(long from) {
        return (System.nanoTime() - from) / 1e9;
    }
}
