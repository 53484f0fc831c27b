package io.peerlend.lending.loans.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.lending.api.LoanPartShare;
import io.peerlend.lending.api.Loans;
import io.peerlend.lending.api.ScheduledInstalment;
import io.peerlend.lending.api.commands.CloseLoanDay;
import io.peerlend.lending.api.commands.OpenLoan;
import io.peerlend.lending.api.commands.QuoteRepayment;
import io.peerlend.lending.api.commands.RequestRepayment;
import io.peerlend.lending.api.commands.SettleLoanPayment;
import io.peerlend.lending.api.events.CollectionRequested;
import io.peerlend.lending.api.events.LoanDisbursed;
import io.peerlend.lending.api.events.LoanRepaymentReceived;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterTry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;

/**
 * Whatever early payments a borrower makes (any amounts, including a cent, on any days), the interest they pay over
 * the loan is never less than the platform's own conventions charge on the principal they actually owed for the days
 * they owed it, to within a cent per instalment: a whole period without a change of principal costs the monthly
 * rate on the balance (the agreed instalment's interest); a period in which principal was prepaid costs interest by the
 * day (actual/365) on each balance for its days. The reference below computes that from the principal the events say
 * was repaid and when, not from the loan's own arithmetic. The real {@link Loan} aggregate runs in Axon with an
 * in-memory store; the borrower pays every instalment on its due date.
 */
class EarlyRepaymentInterestTest {

    /** One early payment: a day after the payout, and how much (a cent, less than the interest so far, a share, all). */
    record EarlyPayment(int day, int kind, int perMille) {}

    private Configuration axon;

    @AfterTry
    void stop() {
        if (axon != null) {
            axon.shutdown();
        }
    }

    @Provide
    Arbitrary<List<EarlyPayment>> payments() {
        Arbitrary<EarlyPayment> one = Combinators.combine(
                        Arbitraries.integers().between(1, 400),
                        Arbitraries.integers().between(0, 9),
                        Arbitraries.integers().between(1, 1000))
                .as(EarlyPayment::new);
        return one.list().ofMaxSize(12);
    }

    @Property(tries = 150)
    void interestPaidIsNeverLessThanTheConventionsOnWhatWasOwed(
            @ForAll @IntRange(min = 500, max = 25_000) int pounds,
            @ForAll @IntRange(min = 100, max = 2_500) int rateBps,
            @ForAll("payments") List<EarlyPayment> early) {
        BigDecimal rate = BigDecimal.valueOf(rateBps, 2);
        long principal = pounds * 100L;
        LocalDate payout = LocalDate.parse("2027-01-31");
        AtomicReference<LocalDate> today = new AtomicReference<>(payout);
        CommandGateway commands = start(today);
        commands.sendAndWait(new OpenLoan(
                "P",
                "borrower",
                "market:B:12",
                "B",
                BigDecimal.ZERO,
                12,
                principal,
                "GBP",
                rate,
                0,
                List.of(new LoanPartShare("lender", "offer", principal))));
        commands.sendAndWait(new SettleLoanPayment("P", "payout:P", true, null));
        List<LocalDate> dueDates = events(LoanDisbursed.class).get(0).schedule().stream()
                .map(ScheduledInstalment::dueDate)
                .toList();

        TreeMap<LocalDate, List<EarlyPayment>> byDay = new TreeMap<>();
        early.forEach(p -> byDay.computeIfAbsent(payout.plusDays(p.day()), d -> new ArrayList<>())
                .add(p));
        TreeMap<LocalDate, Boolean> days = new TreeMap<>();
        dueDates.forEach(d -> days.put(d, true));
        byDay.keySet().forEach(d -> days.putIfAbsent(d, false));
        int reference = 0;
        for (LocalDate day : days.keySet()) {
            today.set(day);
            if (!active(commands, day)) {
                break;
            }
            commands.sendAndWait(new CloseLoanDay("P", day));
            settleCollections(commands);
            for (EarlyPayment p : byDay.getOrDefault(day, List.of())) {
                if (!active(commands, day)) {
                    break;
                }
                Payoff payoff = commands.sendAndWait(new QuoteRepayment("P", day));
                long amount = switch (p.kind()) {
                    case 0, 1, 2 -> 1;
                    case 3, 4 -> Math.max(1, payoff.accruedInterestMinor() * p.perMille() / 1000);
                    case 9 -> payoff.totalMinor();
                    default -> Math.max(1, payoff.totalMinor() * p.perMille() / 4000);
                };
                String ref = "rep-" + (reference++);
                commands.sendAndWait(new RequestRepayment("P", ref, amount == payoff.totalMinor(), amount, day));
                commands.sendAndWait(new SettleLoanPayment("P", ref, true, null));
            }
        }

        List<LoanRepaymentReceived> received = events(LoanRepaymentReceived.class);
        long paid = received.stream()
                .mapToLong(LoanRepaymentReceived::interestMinor)
                .sum();
        long owed = conventions(principal, rate, payout, dueDates, received);
        assertThat(received.stream()
                        .mapToLong(LoanRepaymentReceived::principalMinor)
                        .sum())
                .as("the loan is repaid in the end")
                .isEqualTo(principal);
        assertThat(paid)
                .as("interest paid against the conventions on what was owed, receipts %s", received)
                .isBetween(owed - dueDates.size(), owed + dueDates.size());
    }

    /**
     * The reference: for each period up to a due date, the balance owed after everything paid on or before its start;
     * no principal change inside the period: balance × rate / 12; otherwise each balance by the day, actual/365.
     */
    static long conventions(
            long principal,
            BigDecimal rate,
            LocalDate payout,
            List<LocalDate> dueDates,
            List<LoanRepaymentReceived> received) {
        long total = 0;
        LocalDate start = payout;
        for (LocalDate due : dueDates) {
            LocalDate from = start;
            long balance = principal - principalPaid(received, from);
            List<LocalDate> changes = received.stream()
                    .filter(r -> r.principalMinor() > 0)
                    .map(LoanRepaymentReceived::receivedOn)
                    .filter(d -> d.isAfter(from) && d.isBefore(due))
                    .distinct()
                    .sorted()
                    .toList();
            if (changes.isEmpty()) {
                total += percentOf(balance, rate.divide(BigDecimal.valueOf(12), 20, RoundingMode.HALF_EVEN));
            } else {
                LocalDate segment = from;
                for (LocalDate change : changes) {
                    total += byTheDay(balance, rate, segment, change);
                    balance = principal - principalPaid(received, change);
                    segment = change;
                }
                total += byTheDay(balance, rate, segment, due);
            }
            start = due;
        }
        return total;
    }

    private static long principalPaid(List<LoanRepaymentReceived> received, LocalDate through) {
        return received.stream()
                .filter(r -> !r.receivedOn().isAfter(through))
                .mapToLong(LoanRepaymentReceived::principalMinor)
                .sum();
    }

    private static long byTheDay(long balance, BigDecimal rate, LocalDate from, LocalDate to) {
        BigDecimal days = BigDecimal.valueOf(ChronoUnit.DAYS.between(from, to));
        return percentOf(balance, rate.multiply(days).divide(BigDecimal.valueOf(365), 20, RoundingMode.HALF_EVEN));
    }

    private static long percentOf(long balance, BigDecimal percent) {
        return BigDecimal.valueOf(balance)
                .multiply(percent)
                .movePointLeft(2)
                .setScale(0, RoundingMode.HALF_EVEN)
                .longValueExact();
    }

    private boolean active(CommandGateway commands, LocalDate day) {
        try {
            commands.sendAndWait(new QuoteRepayment("P", day));
            return true;
        } catch (LoanRuleBroken closed) {
            return false;
        }
    }

    private void settleCollections(CommandGateway commands) {
        List<String> settled = events(LoanRepaymentReceived.class).stream()
                .map(LoanRepaymentReceived::reference)
                .toList();
        events(CollectionRequested.class).stream()
                .map(CollectionRequested::reference)
                .filter(r -> !settled.contains(r))
                .forEach(r -> commands.sendAndWait(new SettleLoanPayment("P", r, true, null)));
    }

    private <T> List<T> events(Class<T> type) {
        List<T> found = new ArrayList<>();
        axon.eventStore().readEvents(Loans.idFor("P")).forEachRemaining(m -> {
            if (type.isInstance(m.getPayload())) {
                found.add(type.cast(m.getPayload()));
            }
        });
        return found;
    }

    private CommandGateway start(AtomicReference<LocalDate> today) {
        axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(Loan.class)
                .registerComponent(Clock.class, c -> Clock.systemUTC())
                .registerComponent(ServicingPolicy.class, c -> ServicingPolicy.UK)
                .registerComponent(BusinessDay.class, c -> (BusinessDay) today::get)
                .buildConfiguration();
        axon.start();
        return axon.commandGateway();
    }
}
