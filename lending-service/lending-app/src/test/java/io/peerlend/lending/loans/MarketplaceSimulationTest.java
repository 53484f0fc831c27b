package io.peerlend.lending.loans;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.lending.accounts.domain.LenderAccount;
import io.peerlend.lending.api.LoanPartShare;
import io.peerlend.lending.api.Markets;
import io.peerlend.lending.api.commands.CancelOffer;
import io.peerlend.lending.api.commands.CloseLoanDay;
import io.peerlend.lending.api.commands.CommitToOffer;
import io.peerlend.lending.api.commands.LendFromOffer;
import io.peerlend.lending.api.commands.MatchLoan;
import io.peerlend.lending.api.commands.OpenLoan;
import io.peerlend.lending.api.commands.RequestDeposit;
import io.peerlend.lending.api.commands.RequestRecovery;
import io.peerlend.lending.api.commands.RequestRepayment;
import io.peerlend.lending.api.commands.RequestWithdrawal;
import io.peerlend.lending.api.commands.SettleLoanPayment;
import io.peerlend.lending.api.commands.SettlePayment;
import io.peerlend.lending.api.commands.WithdrawFromLoan;
import io.peerlend.lending.api.events.CollectionRequested;
import io.peerlend.lending.api.events.DefaultCovered;
import io.peerlend.lending.api.events.DepositRequested;
import io.peerlend.lending.api.events.LenderFundsDeposited;
import io.peerlend.lending.api.events.LenderFundsReceived;
import io.peerlend.lending.api.events.LoanCancelled;
import io.peerlend.lending.api.events.LoanMatched;
import io.peerlend.lending.api.events.LoanOpened;
import io.peerlend.lending.api.events.LoanRepaymentReceived;
import io.peerlend.lending.api.events.LoanWithdrawn;
import io.peerlend.lending.api.events.ProvisionFundMoved;
import io.peerlend.lending.api.events.WithdrawalFailed;
import io.peerlend.lending.api.events.WithdrawalRequested;
import io.peerlend.lending.ledger.domain.JournalEntry;
import io.peerlend.lending.ledger.domain.Postings;
import io.peerlend.lending.loans.domain.BusinessDay;
import io.peerlend.lending.loans.domain.Loan;
import io.peerlend.lending.loans.domain.ServicingPolicy;
import io.peerlend.lending.markets.domain.Market;
import io.peerlend.lending.markets.domain.MarketPolicy;
import io.peerlend.lending.product.LoanPartPolicy;
import io.peerlend.lending.provisionfund.ProvisionFundProcess;
import io.peerlend.lending.provisionfund.domain.ProvisionFund;
import io.peerlend.lending.quotes.domain.FeePolicy;
import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole marketplace, randomized: the real aggregates (lender accounts, markets, loans, the provision fund) and the
 * real steps between them (offers, lender receipts, the provision fund), on an in-memory event store with
 * asynchronous processors as in production; a simulated bank settles or declines each payment. Several threads run
 * thousands of mixed operations — deposits, withdrawals, offers, cancels, loans, close of business, early and full
 * repayments, cooling-off withdrawals, recoveries — and after each round, once everything has settled, the books are
 * checked: the ledger balances; the bank holds exactly what the bank says it moved; no lender owes the platform
 * (nobody over-committed); every loan's parts sum to its principal; lenders' accounts were credited exactly what the
 * loans paid them; the provision fund's ledger account equals the fund.
 */
class MarketplaceSimulationTest {

    private static final int LENDERS = 24;
    private static final int THREADS = 4;
    private static final int ROUNDS = 30;
    private static final int OPS_PER_THREAD = 25;
    private static final List<String> MARKETS = List.of(Markets.id("A", 12), Markets.id("C", 24));

    private final AtomicReference<LocalDate> today = new AtomicReference<>(LocalDate.parse("2027-01-01"));
    private final Map<String, Long> balances = new ConcurrentHashMap<>();
    private final Map<String, Long> creditedByLoans = new ConcurrentHashMap<>();
    private final Map<String, Long> creditedToAccounts = new ConcurrentHashMap<>();
    private final List<String> loans = new CopyOnWriteArrayList<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final Map<String, String> receiptsSeen = new ConcurrentHashMap<>();
    private final AtomicLong bank = new AtomicLong();
    private final AtomicLong fundBalance = new AtomicLong();
    private Configuration axon;
    private CommandGateway commands;

    /** The simulated bank: settles nine payments in ten (every tenth reference it sees is declined). */
    @ProcessingGroup("sim-bank")
    class Bank {
        private final AtomicLong seen = new AtomicLong();

        private boolean settles() {
            return seen.incrementAndGet() % 10 != 0;
        }

        @EventHandler
        void on(DepositRequested e) {
            boolean ok = settles();
            commands.sendAndWait(new SettlePayment(e.lenderId(), e.depositId(), ok, ok ? null : "declined"));
            if (ok) {
                bank.addAndGet(e.amountMinor());
            }
        }

        @EventHandler
        void on(WithdrawalRequested e) {
            boolean ok = settles();
            commands.sendAndWait(new SettlePayment(e.lenderId(), e.withdrawalId(), ok, ok ? null : "declined"));
            if (ok) {
                bank.addAndGet(-e.amountMinor());
            }
        }

        @EventHandler
        void on(LoanOpened e) {
            boolean ok = settles();
            commands.sendAndWait(
                    new SettleLoanPayment(e.loanId(), e.disbursementReference(), ok, ok ? null : "declined"));
            if (ok) {
                bank.addAndGet(-e.netDisbursementMinor());
            }
        }

        @EventHandler
        void on(CollectionRequested e) {
            boolean ok = settles();
            commands.sendAndWait(new SettleLoanPayment(e.loanId(), e.reference(), ok, ok ? null : "declined"));
            if (ok) {
                bank.addAndGet(e.amountMinor());
            }
        }
    }

    /** Funding as FundingProcess does it, without the application: parts lent from offers, then the loan opened. */
    @ProcessingGroup("sim-funding")
    class Funding {
        @EventHandler
        void on(LoanMatched m) {
            for (LoanMatched.MatchedPart p : m.parts().stream()
                    .sorted(Comparator.comparing(LoanMatched.MatchedPart::lenderId))
                    .toList()) {
                commands.sendAndWait(new LendFromOffer(p.lenderId(), p.offerId(), m.loanId(), p.amountMinor()));
            }
            String grade = m.marketId().split(":")[1];
            commands.sendAndWait(new OpenLoan(
                    m.loanId(),
                    "borrower-" + m.loanId(),
                    m.marketId(),
                    grade,
                    BigDecimal.ZERO,
                    Integer.parseInt(m.marketId().split(":")[2]),
                    m.amountMinor(),
                    "GBP",
                    m.ratePercent(),
                    FeePolicy.UK.originationFee(grade, m.amountMinor()),
                    m.parts().stream()
                            .map(p -> new LoanPartShare(p.lenderId(), p.offerId(), p.amountMinor(), p.rateBps()))
                            .toList()));
            loans.add(m.loanId());
        }
    }

    /** The journal, posted with the production postings, plus the cross-checks that need every event. */
    @ProcessingGroup("sim-ledger")
    class Books {
        @EventHandler
        void on(Object event, EventMessage<?> message) {
            Postings.of(message.getIdentifier(), event).ifPresent(entry -> {
                for (JournalEntry.Line line : entry.lines()) {
                    balances.merge(line.account(), line.debit() - line.credit(), Long::sum);
                    if (line.account().startsWith("lender-cash:")
                            && !(event instanceof LenderFundsDeposited)
                            && !(event instanceof WithdrawalFailed)
                            && line.credit() > 0) {
                        creditedByLoans.merge(line.account(), line.credit(), Long::sum);
                    }
                }
            });
            if (event instanceof LoanRepaymentReceived r) {
                r.distributions()
                        .forEach(d -> receiptsSeen.put(
                                d.lenderId() + "/" + r.loanId() + "/" + r.receiptNo(),
                                r.kind() + " " + (d.principalMinor() + d.interestMinor())));
            }
            if (event instanceof DefaultCovered r) {
                r.distributions()
                        .forEach(d -> receiptsSeen.put(
                                d.lenderId() + "/" + r.loanId() + "/" + r.receiptNo(),
                                "COVER " + (d.principalMinor() + d.interestMinor())));
            }
            if (event instanceof LoanWithdrawn r) {
                r.distributions()
                        .forEach(d -> receiptsSeen.put(
                                d.lenderId() + "/" + r.loanId() + "/" + r.receiptNo(),
                                "WDL " + (d.principalMinor() + d.interestMinor())));
            }
            if (event instanceof LoanCancelled r) {
                r.refunds()
                        .forEach(d -> receiptsSeen.put(
                                d.lenderId() + "/" + r.loanId() + "/" + r.receiptNo(),
                                "CANCEL " + (d.principalMinor() + d.interestMinor())));
            }
            if (event instanceof LenderFundsReceived r) {
                receiptsSeen.remove(r.lenderId() + "/" + r.loanId() + "/" + r.receiptNo());
                creditedToAccounts.merge(
                        Postings.lenderCash(r.lenderId()), r.principalMinor() + r.interestMinor(), Long::sum);
            }
            if (event instanceof LoanOpened o
                    && o.parts().stream().mapToLong(LoanPartShare::amountMinor).sum() != o.principalMinor()) {
                problems.add("the parts of " + o.loanId() + " do not sum to its principal");
            }
            if (event instanceof ProvisionFundMoved f) {
                fundBalance.set(f.balanceAfterMinor());
            }
        }
    }

    @BeforeEach
    void start() throws Exception {
        var offers =
                Class.forName("io.peerlend.lending.markets.OffersProcess").getDeclaredConstructor(CommandGateway.class);
        offers.setAccessible(true);
        axon = DefaultConfigurer.defaultConfiguration()
                // each processor reads the store itself (no shared tailing cache), as with the JDBC store
                .configureEventStore(c -> EmbeddedEventStore.builder()
                        .storageEngine(new OneAtATimeStorage())
                        .optimizeEventConsumption(false)
                        .fetchDelay(5)
                        .build())
                // cached, so a command does not scan the whole in-memory store to load its aggregate
                .configureAggregate(cached(LenderAccount.class))
                .configureAggregate(cached(Market.class))
                .configureAggregate(cached(Loan.class))
                .configureAggregate(cached(ProvisionFund.class))
                .registerComponent(Clock.class, c -> Clock.systemUTC())
                // parts up to 10% of an offer, so a loan needs a handful of lenders rather than a hundred
                .registerComponent(LoanPartPolicy.class, c -> new LoanPartPolicy(10_00, 100))
                .registerComponent(MarketPolicy.class, c -> new MarketPolicy(100, c.getComponent(LoanPartPolicy.class)))
                .registerComponent(ServicingPolicy.class, c -> ServicingPolicy.UK)
                .registerComponent(BusinessDay.class, c -> (BusinessDay) today::get)
                .eventProcessing(ep -> ep.registerTrackingEventProcessorConfiguration(
                                c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                        .andEventAvailabilityTimeout(10, TimeUnit.MILLISECONDS))
                        .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                        .registerEventHandler(c -> newInstance(offers, c.commandGateway()))
                        .registerEventHandler(c -> new LenderReceiptsProcess(c.commandGateway()))
                        .registerEventHandler(
                                c -> new ProvisionFundProcess(c.commandGateway(), ServicingPolicy.UK, "GBP"))
                        .registerEventHandler(c -> new Bank())
                        .registerEventHandler(c -> new Funding())
                        .registerEventHandler(c -> new Books()))
                .buildConfiguration();
        axon.start();
        commands = axon.commandGateway();
    }

    /**
     * Axon's in-memory storage puts a commit's events into its map in hash order, so a processor reading at that moment
     * can see a later event before an earlier one and skip it (the JDBC store detects such gaps; this one does not).
     * Stored one at a time, each event becomes visible in order.
     */
    static final class OneAtATimeStorage extends InMemoryEventStorageEngine {
        @Override
        public void appendEvents(List<? extends EventMessage<?>> events) {
            events.forEach(event -> super.appendEvents(List.of(event)));
        }
    }

    private static <T> AggregateConfigurer<T> cached(Class<T> type) {
        return AggregateConfigurer.defaultConfiguration(type).configureCache(c -> new WeakReferenceCache());
    }

    private static Object newInstance(Constructor<?> constructor, Object argument) {
        try {
            return constructor.newInstance(argument);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void stop() {
        axon.shutdown();
    }

    @Test
    void givenThousandsOfConcurrentMixedOperations_whenEachRoundSettles_thenNoMoneyIsCreatedOrLost() throws Exception {
        long seed = Long.getLong("simulation.seed", 20261126L);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                List<Future<?>> work = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    Random random = new Random(seed * 31 + round * THREADS + t);
                    String prefix = "r" + round + "t" + t;
                    work.add(pool.submit(() -> {
                        for (int op = 0; op < OPS_PER_THREAD; op++) {
                            operate(random, prefix + "o" + op);
                        }
                    }));
                }
                for (Future<?> f : work) {
                    f.get();
                }
                awaitQuiet();
                closeBusinessDay(new Random(seed + round));
                awaitQuiet();
                checkTheBooks("after round " + round + " (seed " + seed + ")");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(loans).as("the simulation made loans").hasSizeGreaterThan(20);
        assertThat(balances.keySet())
                .as("and some were repaid, some defaulted")
                .anyMatch(a -> a.equals("provision-fund"));
    }

    private void operate(Random random, String id) {
        String lender = "lender-" + random.nextInt(LENDERS);
        String market = MARKETS.get(random.nextInt(MARKETS.size()));
        int kind = random.nextInt(100);
        try {
            if (kind < 25) {
                commands.sendAndWait(
                        new RequestDeposit(lender, "dep-" + id, (100 + random.nextInt(20_000)) * 100L, "GBP"));
            } else if (kind < 32) {
                commands.sendAndWait(
                        new RequestWithdrawal(lender, "wdr-" + id, (10 + random.nextInt(2_000)) * 100L, "GBP"));
            } else if (kind < 55) {
                commands.sendAndWait(new CommitToOffer(
                        lender,
                        "offer-" + id,
                        market,
                        (100 + random.nextInt(10_000)) * 100L,
                        300 + random.nextInt(900),
                        "GBP"));
            } else if (kind < 60) {
                commands.sendAndWait(new CancelOffer(
                        market,
                        "offer-r" + random.nextInt(ROUNDS) + "t" + random.nextInt(THREADS) + "o"
                                + random.nextInt(OPS_PER_THREAD),
                        lender));
            } else if (kind < 80) {
                commands.sendAndWait(new MatchLoan(
                        market, "loan-" + id, (500 + random.nextInt(2_500)) * 100L, new BigDecimal("99")));
            } else if (!loans.isEmpty()) {
                String loan = loans.get(random.nextInt(loans.size()));
                if (kind < 88) {
                    commands.sendAndWait(new RequestRepayment(
                            loan, "rep-" + id, random.nextBoolean(), (10 + random.nextInt(500)) * 100L, today.get()));
                } else if (kind < 93) {
                    commands.sendAndWait(new WithdrawFromLoan(loan, "wdl-" + id, today.get()));
                } else {
                    long amount = (10 + random.nextInt(300)) * 100L;
                    // collected through the (simulated) provider, like every payment: the bank counts it on settling
                    commands.sendAndWait(new RequestRecovery(loan, "rec-" + id, amount, today.get(), "officer"));
                }
            }
        } catch (RuntimeException refused) {
            // a refusal (not enough money, nothing to match, wrong state) must change nothing: the books show it
        }
    }

    /** Moves the business date on by up to five weeks and closes the day for every loan. */
    private void closeBusinessDay(Random random) {
        LocalDate date = today.updateAndGet(d -> d.plusDays(5 + random.nextInt(30)));
        for (String loan : loans) {
            commands.sendAndWait(new CloseLoanDay(loan, date));
        }
    }

    /**
     * Waits until every processor has handled every event and the store has stopped growing: five checks in a row
     * see the same head, and every processor holding its segment there (a processor backing off after an error has
     * released its segment, so it does not count as caught up).
     */
    private void awaitQuiet() throws InterruptedException {
        var store = axon.eventStore();
        TrackingToken last = null;
        for (int stable = 0; stable < 5; ) {
            TrackingToken head = store.createHeadToken();
            boolean caughtUp = axon.eventProcessingConfiguration().eventProcessors().values().stream()
                    .map(TrackingEventProcessor.class::cast)
                    .allMatch(p -> p.processingStatus().size() == 1
                            && p.processingStatus().values().stream()
                                    .allMatch(s -> s.getTrackingToken() != null
                                            && s.getTrackingToken().covers(head)
                                            && !s.isErrorState()));
            stable = caughtUp && head.equals(last) ? stable + 1 : 0;
            last = head;
            Thread.sleep(20);
        }
    }

    private void checkTheBooks(String when) {
        assertThat(problems).as(when).isEmpty();
        assertThat(balances.values().stream().mapToLong(Long::longValue).sum())
                .as("the ledger balances " + when)
                .isZero();
        assertThat(balances.getOrDefault(Postings.BANK, 0L))
                .as("the bank holds what it moved " + when)
                .isEqualTo(bank.get());
        balances.forEach((account, balance) -> {
            if (account.startsWith("lender-cash:") || account.startsWith("lender-receivable:")) {
                assertThat(balance)
                        .as("%s never owes the platform %s", account, when)
                        .isLessThanOrEqualTo(0);
            }
        });
        assertThat(balances.getOrDefault(Postings.AWAITING_DISBURSEMENT, 0L))
                .as("every loan's parts are exactly its principal " + when)
                .isZero();
        long receivables = balances.entrySet().stream()
                .filter(e -> e.getKey().startsWith("lender-receivable:"))
                .mapToLong(Map.Entry::getValue)
                .sum();
        long borrowed = balances.entrySet().stream()
                .filter(e -> e.getKey().startsWith("borrower-loan:"))
                .mapToLong(Map.Entry::getValue)
                .sum();
        assertThat(borrowed).as("borrowers owe what lenders are owed " + when).isEqualTo(-receivables);
        receiptsSeen.values().removeIf(v -> v.endsWith(" 0"));
        assertThat(receiptsSeen)
                .as("every lender's share of every receipt was credited " + when)
                .isEmpty();
        assertThat(creditedToAccounts)
                .as("lenders' accounts got exactly what the loans paid them " + when)
                .isEqualTo(creditedByLoans);
        assertThat(-balances.getOrDefault("provision-fund", 0L))
                .as("the provision fund's books " + when)
                .isEqualTo(fundBalance.get())
                .isGreaterThanOrEqualTo(0);
    }
}
