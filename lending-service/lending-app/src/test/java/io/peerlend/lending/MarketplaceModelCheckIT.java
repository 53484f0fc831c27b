package io.peerlend.lending;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.lending.ModelOperations.AutoInvestRule;
import io.peerlend.lending.ModelOperations.Borrow;
import io.peerlend.lending.ModelOperations.BuyListing;
import io.peerlend.lending.ModelOperations.Cancel;
import io.peerlend.lending.ModelOperations.CancelListing;
import io.peerlend.lending.ModelOperations.CoolingOff;
import io.peerlend.lending.ModelOperations.Days;
import io.peerlend.lending.ModelOperations.Decline;
import io.peerlend.lending.ModelOperations.Deposit;
import io.peerlend.lending.ModelOperations.ListPart;
import io.peerlend.lending.ModelOperations.Offer;
import io.peerlend.lending.ModelOperations.Op;
import io.peerlend.lending.ModelOperations.Recover;
import io.peerlend.lending.ModelOperations.Repay;
import io.peerlend.lending.ModelOperations.SellAll;
import io.peerlend.lending.ModelOperations.Withdraw;
import io.peerlend.lending.accounts.domain.LenderAccount;
import io.peerlend.lending.api.LoanPartPrice;
import io.peerlend.lending.api.LoanPurpose;
import io.peerlend.lending.api.Markets;
import io.peerlend.lending.api.commands.AcceptQuote;
import io.peerlend.lending.api.commands.AutoInvest;
import io.peerlend.lending.api.commands.CancelLoanPartListing;
import io.peerlend.lending.api.commands.CancelOffer;
import io.peerlend.lending.api.commands.CloseLoanDay;
import io.peerlend.lending.api.commands.CommitToOffer;
import io.peerlend.lending.api.commands.ConfirmBorrowerIdentity;
import io.peerlend.lending.api.commands.ListLoanPart;
import io.peerlend.lending.api.commands.QueryBorrowing;
import io.peerlend.lending.api.commands.QuoteLoanPartSale;
import io.peerlend.lending.api.commands.QuoteRepayment;
import io.peerlend.lending.api.commands.RecordBorrowing;
import io.peerlend.lending.api.commands.RecordCreditDecision;
import io.peerlend.lending.api.commands.ReduceBorrowing;
import io.peerlend.lending.api.commands.ReleaseBorrowing;
import io.peerlend.lending.api.commands.RequestDeposit;
import io.peerlend.lending.api.commands.RequestRecovery;
import io.peerlend.lending.api.commands.RequestRepayment;
import io.peerlend.lending.api.commands.RequestWithdrawal;
import io.peerlend.lending.api.commands.ReserveForPurchase;
import io.peerlend.lending.api.commands.SetAutoInvest;
import io.peerlend.lending.api.commands.SettleLoanPayment;
import io.peerlend.lending.api.commands.SettlePayment;
import io.peerlend.lending.api.commands.SettlePurchase;
import io.peerlend.lending.api.commands.SubmitLoanApplication;
import io.peerlend.lending.api.commands.TransferLoanPart;
import io.peerlend.lending.api.commands.WithdrawFromLoan;
import io.peerlend.lending.api.events.AutoInvestSet;
import io.peerlend.lending.api.events.CollectionRequested;
import io.peerlend.lending.api.events.DepositRequested;
import io.peerlend.lending.api.events.LenderFundsDeposited;
import io.peerlend.lending.api.events.LenderFundsReceived;
import io.peerlend.lending.api.events.LoanCancelled;
import io.peerlend.lending.api.events.LoanOpened;
import io.peerlend.lending.api.events.LoanRepaid;
import io.peerlend.lending.api.events.LoanRepaymentReceived;
import io.peerlend.lending.api.events.LoanWithdrawn;
import io.peerlend.lending.api.events.ProvisionFundMoved;
import io.peerlend.lending.api.events.WithdrawalRequested;
import io.peerlend.lending.applications.domain.BorrowerExposure;
import io.peerlend.lending.applications.domain.LoanApplication;
import io.peerlend.lending.ledger.domain.JournalEntry;
import io.peerlend.lending.ledger.domain.Postings;
import io.peerlend.lending.loans.domain.BusinessDay;
import io.peerlend.lending.loans.domain.Loan;
import io.peerlend.lending.loans.domain.Payoff;
import io.peerlend.lending.loans.domain.SecondaryMarketPolicy;
import io.peerlend.lending.loans.domain.ServicingPolicy;
import io.peerlend.lending.markets.domain.Market;
import io.peerlend.lending.markets.domain.MarketPolicy;
import io.peerlend.lending.product.BorrowingCap;
import io.peerlend.lending.product.LoanPartPolicy;
import io.peerlend.lending.product.LoanProductPolicy;
import io.peerlend.lending.product.Snapshotted;
import io.peerlend.lending.provisionfund.domain.ProvisionFund;
import io.peerlend.lending.quotes.domain.FeePolicy;
import io.peerlend.lending.quotes.domain.PreContractTerms;
import io.peerlend.lending.secondary.OpenListings;
import io.peerlend.platform.testing.JdbcEventStores;
import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterTry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

/**
 * The marketplace checked against an independent model ({@link MarketplaceModel}) after every operation, on the real
 * PostgreSQL event store: the real aggregates (lender accounts, markets, loan applications, borrowers' exposures,
 * loans, the provision fund) and the real steps between them (quotes, funding, origination, offers, lender receipts,
 * the provision fund) run synchronously, so each operation's whole cascade has happened when it returns; a test bank
 * settles every payment unless the operation asked for a decline, the test stands in for identity checks and scoring
 * (each applicant verified and scored into the market they apply to) and for the two steps that keep state in
 * MongoDB (auto-invest's view of the markets' rates, the exposure step's borrower of each loan).
 *
 * <p>Several worlds run at once, each in its own thread with its own lenders, markets and loans, sharing the store,
 * the provision fund and the journal, so their commands and events interleave for real. After every operation of a
 * world its own checks run (the model's findings: whole instalments paid part by part at each part's own rate,
 * cooling-off interest per part, no part overpaid, repaid loans complete; and each of its lenders' cash in the
 * journal). After every round, with every world paused, the global checks: the journal sums to zero, the bank holds
 * what the worlds' banks moved, borrowers owe what lenders are owed, the provision fund is what its account says and
 * never negative. jqwik generates the operations and, on a failure, prints the seed and shrinks.
 *
 * <p>Sized down in the suite (src/test/resources/junit-platform.properties; {@code model.ops}, {@code model.worlds});
 * the full run is in docs/benchmarks.md.
 */
class MarketplaceModelCheckIT {

    private static final int MAX_ACTIVE_LOANS = 25;
    private static final int ROUND = 25;
    private static final int SNAPSHOT_EVERY = Integer.getInteger("model.snapshot-every", 3);
    private static final boolean CACHED = Boolean.getBoolean("model.cached");
    /**
     * The borrowing cap (a profile value: uk 25,000.00), set low enough here that borrowers reach it in a short run:
     * no borrower may owe more, however their applications interleave.
     */
    private static final long CAP = 8_000_00;

    private static final PreContractTerms TERMS = new PreContractTerms(
            "a missed payment costs a late fee", "90 days late is a default", "14 days to withdraw", "any time");
    /** Two markets a world: the worlds never share an order book, so each world's model can follow its own. */
    private static final List<List<String>> MARKETS = List.of(
            List.of(Markets.id("A", 12), Markets.id("C", 24)), List.of(Markets.id("B", 12), Markets.id("D", 24)),
            List.of(Markets.id("A*", 12), Markets.id("E", 24)), List.of(Markets.id("A", 36), Markets.id("C", 48)));

    private static final Map<String, Integer> TOTALS = new TreeMap<>();
    private static int run;

    private JdbcEventStores.Store store;
    private Configuration axon;
    private CommandGateway commands;
    private final ThreadLocal<MarketplaceModel> world = new ThreadLocal<>();
    private final Map<String, Long> journal = new ConcurrentHashMap<>();
    /** The fund's balance after its newest movement (movements of one aggregate are numbered in order). */
    private final AtomicLong fundSequence = new AtomicLong(-1);

    private volatile long fund;

    @Provide
    Arbitrary<List<Op>> operations() {
        return ModelOperations.sequences(Integer.getInteger("model.ops", 400));
    }

    /** Tries from {@code jqwik.tries.default}: four in the suite, one in the full run. */
    @Property(shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
    void theMarketplaceAgreesWithItsModelAfterEveryOperation(@ForAll("operations") List<Op> ops) throws Exception {
        int worlds = Integer.getInteger("model.worlds", 2);
        start();
        List<MarketplaceModel> models = new ArrayList<>();
        List<List<Op>> shares = new ArrayList<>();
        for (int w = 0; w < worlds; w++) {
            models.add(new MarketplaceModel("w" + w + "-", MARKETS.get(w)));
            shares.add(new ArrayList<>());
        }
        for (int i = 0; i < ops.size(); i++) {
            shares.get(i % worlds).add(ops.get(i));
        }
        ExecutorService threads = Executors.newFixedThreadPool(worlds);
        try {
            // one world alone: the global books after every operation; several: after every round of them all
            int size = worlds == 1 ? 1 : ROUND;
            int rounds = (shares.get(0).size() + size - 1) / size;
            for (int round = 0; round < rounds; round++) {
                List<Future<?>> running = new ArrayList<>();
                for (int w = 0; w < worlds; w++) {
                    MarketplaceModel model = models.get(w);
                    List<Op> mine = shares.get(w);
                    int from = round * size;
                    running.add(threads.submit(() -> runWorld(model, mine, from, Math.min(mine.size(), from + size))));
                }
                for (Future<?> f : running) {
                    f.get();
                }
                checkAll("after round " + round, models);
            }
        } finally {
            threads.shutdownNow();
        }
        Map<String, Integer> counts = new TreeMap<>();
        models.forEach(m -> m.counts.forEach((k, v) -> counts.merge(k, v, Integer::sum)));
        synchronized (TOTALS) {
            counts.forEach((k, v) -> TOTALS.merge(k, v, Integer::sum));
        }
        System.out.printf("MODEL CHECK: %d operations in %d worlds, 0 discrepancies; %s%n", ops.size(), worlds, counts);
    }

    private void runWorld(MarketplaceModel model, List<Op> ops, int from, int to) {
        world.set(model);
        try {
            for (int i = from; i < to; i++) {
                Op op = ops.get(i);
                try {
                    operate(model, op, model.prefix + i);
                } catch (RuntimeException refused) {
                    // a refusal (not enough money, nothing to match, wrong state) must change nothing: checks show it
                    model.count("refused");
                }
                String when = model.prefix + " after operation " + i + " " + op;
                model.check(when, journal);
                checkBorrowing(model, when);
            }
        } finally {
            world.remove();
        }
    }

    @AfterContainer
    static void totals() {
        System.out.printf("MODEL CHECK TOTALS: %s%n", TOTALS);
        assertThat(TOTALS)
                .as("the runs funded applications, auto-invested, reached whole instalments and early repayments")
                .containsKeys(
                        "application funded",
                        "auto-invest offer",
                        "whole instalment checked part by part",
                        "receipt PART");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // the system

    /** A store of its own for each try: markets, accounts and the fund are aggregates that would outlive a try. */
    private void start() {
        store = JdbcEventStores.open("model_check_" + (++run) + "_" + Long.toString(System.nanoTime(), 36), 8);
        JdbcEventStorageEngine engine = store.engine();
        try {
            var offers = constructor("io.peerlend.lending.markets.OffersProcess", CommandGateway.class);
            var receipts = constructor("io.peerlend.lending.loans.LenderReceiptsProcess", CommandGateway.class);
            var quotes = constructor(
                    "io.peerlend.lending.quotes.QuoteProcess",
                    CommandGateway.class,
                    EventStore.class,
                    FeePolicy.class,
                    PreContractTerms.class,
                    Clock.class,
                    Duration.class);
            var funding = constructor("io.peerlend.lending.funding.FundingProcess", CommandGateway.class);
            var secondary = constructor(
                    "io.peerlend.lending.secondary.SecondaryMarketProcess",
                    CommandGateway.class,
                    OpenListings.class,
                    SecondaryMarketPolicy.class);
            var origination =
                    constructor("io.peerlend.lending.loans.OriginationProcess", CommandGateway.class, EventStore.class);
            var fundProcess = constructor(
                    "io.peerlend.lending.provisionfund.ProvisionFundProcess",
                    CommandGateway.class,
                    ServicingPolicy.class,
                    String.class);
            axon = DefaultConfigurer.defaultConfiguration()
                    .configureEmbeddedEventStore(c -> engine)
                    // the long-lived aggregates are by default not cached here but loaded for every command from a
                    // snapshot taken every few events and the events after it (as an instance that has not cached
                    // them does), so a snapshot that restored anything differently would show as a discrepancy.
                    // Every 3 events by default. The long run (-Dmodel.snapshot-every=100 -Dmodel.cached=true) takes
                    // production's configuration instead: snapshots every 100 events and the checked cache, so its
                    // hours go to the money rules rather than to restoring ever larger lender accounts
                    .configureAggregate(longLived(LenderAccount.class, 5_000))
                    .configureAggregate(longLived(Market.class, 200))
                    .configureAggregate(longLived(ProvisionFund.class, 0)) // production does not cache it
                    // the others cached as in production
                    .configureAggregate(CachedAggregate.of(Loan.class, 10_000))
                    .configureAggregate(CachedAggregate.of(LoanApplication.class, 2_000))
                    .configureAggregate(CachedAggregate.of(BorrowerExposure.class, 2_000))
                    .registerComponent(LoanProductPolicy.class, c -> new LoanProductPolicy("GBP", 1_000_00, 25_000_00))
                    .registerComponent(BorrowingCap.class, c -> new BorrowingCap(CAP, "GBP"))
                    .registerComponent(Clock.class, c -> Clock.systemUTC())
                    .registerComponent(LoanPartPolicy.class, c -> new LoanPartPolicy(10_00, 100))
                    .registerComponent(
                            MarketPolicy.class, c -> new MarketPolicy(100, c.getComponent(LoanPartPolicy.class)))
                    .registerComponent(ServicingPolicy.class, c -> ServicingPolicy.UK)
                    .registerComponent(SecondaryMarketPolicy.class, c -> SecondaryMarketPolicy.UK)
                    // each world keeps its own business date; its commands run in its own thread
                    .registerComponent(BusinessDay.class, c -> (BusinessDay) () -> world.get().today)
                    .eventProcessing(ep -> ep.usingSubscribingEventProcessors()
                            .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                            .registerEventHandler(c -> newInstance(offers, c.commandGateway()))
                            .registerEventHandler(c -> newInstance(receipts, c.commandGateway()))
                            .registerEventHandler(
                                    c -> newInstance(fundProcess, c.commandGateway(), ServicingPolicy.UK, "GBP"))
                            .registerEventHandler(c -> new Bank())
                            .registerEventHandler(c -> newInstance(
                                    quotes,
                                    c.commandGateway(),
                                    c.eventStore(),
                                    FeePolicy.UK,
                                    TERMS,
                                    Clock.systemUTC(),
                                    Duration.ofDays(7)))
                            .registerEventHandler(c -> newInstance(funding, c.commandGateway()))
                            .registerEventHandler(c -> newInstance(origination, c.commandGateway(), c.eventStore()))
                            .registerEventHandler(c -> new Exposure())
                            .registerEventHandler(c -> new AutoInvesting())
                            // the production steps of a sale, finding a loan's open listings in the world's model
                            .registerEventHandler(c -> newInstance(
                                    secondary,
                                    c.commandGateway(),
                                    (OpenListings) loanId -> world.get().listings.entrySet().stream()
                                            .filter(l -> l.getValue().loanId().equals(loanId))
                                            .map(l -> new OpenListings.Open(
                                                    l.getKey(), l.getValue().sellerId()))
                                            .toList(),
                                    SecondaryMarketPolicy.UK))
                            .registerEventHandler(c -> new Books()))
                    .buildConfiguration();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        axon.start();
        commands = axon.commandGateway();
    }

    /**
     * A long-lived aggregate with its snapshots; uncached unless {@code model.cached} asks for production's cache (of
     * {@code cacheSize}, 0 where production has none).
     */
    private static <A extends Snapshotted> AggregateConfigurer<A> longLived(Class<A> type, int cacheSize) {
        return Snapshots.every(
                SNAPSHOT_EVERY,
                type,
                CACHED && cacheSize > 0
                        ? CachedAggregate.of(type, cacheSize)
                        : AggregateConfigurer.defaultConfiguration(type));
    }

    private static Constructor<?> constructor(String type, Class<?>... parameters) throws ReflectiveOperationException {
        var constructor = Class.forName(type).getDeclaredConstructor(parameters);
        constructor.setAccessible(true);
        return constructor;
    }

    private static Object newInstance(Constructor<?> constructor, Object... arguments) {
        try {
            return constructor.newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterTry
    void stop() {
        if (axon != null) {
            axon.shutdown();
        }
        if (store != null) {
            store.close();
        }
        journal.clear();
        fundSequence.set(-1);
        fund = 0;
    }

    /** The test bank: settles what it is asked to, unless the world's operation asked for a decline. */
    class Bank {
        @EventHandler
        void on(DepositRequested e) {
            MarketplaceModel model = world.get();
            boolean ok = !model.declineDeposit;
            commands.sendAndWait(new SettlePayment(e.lenderId(), e.depositId(), ok, ok ? null : "declined"));
            if (ok) {
                model.bank += e.amountMinor();
                model.cash.merge(e.lenderId(), e.amountMinor(), Long::sum);
            }
        }

        @EventHandler
        void on(WithdrawalRequested e) {
            MarketplaceModel model = world.get();
            commands.sendAndWait(new SettlePayment(e.lenderId(), e.withdrawalId(), true, null));
            model.bank -= e.amountMinor();
            model.cash.merge(e.lenderId(), -e.amountMinor(), Long::sum);
        }

        @EventHandler
        void on(LoanOpened e) {
            // the loan as the market matched it and the application was funded: the model takes its parts
            world.get().matched(e.loanId(), e.borrowerId(), e.principalMinor(), e.parts());
            commands.sendAndWait(new SettleLoanPayment(e.loanId(), e.disbursementReference(), true, null));
            world.get().bank -= e.principalMinor() - e.originationFeeMinor();
        }

        @EventHandler
        void on(CollectionRequested e) {
            MarketplaceModel model = world.get();
            int left = model.declines.getOrDefault(e.loanId(), 0);
            boolean ok = left == 0;
            if (!ok) {
                model.declines.put(e.loanId(), left - 1);
            }
            commands.sendAndWait(new SettleLoanPayment(e.loanId(), e.reference(), ok, ok ? null : "declined"));
            if (ok) {
                model.bank += e.amountMinor();
            }
        }
    }

    /**
     * The borrower's exposure kept in step with their loans as BorrowerExposureProcess does it (which remembers each
     * loan's borrower in MongoDB; here the world's model does).
     */
    class Exposure {
        @EventHandler
        void on(LoanOpened e) {
            commands.sendAndWait(new RecordBorrowing(e.borrowerId(), e.loanId(), e.principalMinor()));
        }

        @EventHandler
        void on(LoanRepaymentReceived e) {
            commands.sendAndWait(
                    new ReduceBorrowing(borrowerOf(e.loanId()), e.loanId(), e.receiptNo(), e.principalMinor()));
        }

        @EventHandler
        void on(LoanCancelled e) {
            release(e.loanId(), "payout failed");
        }

        @EventHandler
        void on(LoanWithdrawn e) {
            release(e.loanId(), "withdrawn");
        }

        @EventHandler
        void on(LoanRepaid e) {
            release(e.loanId(), "repaid");
        }

        private void release(String loanId, String reason) {
            commands.sendAndWait(new ReleaseBorrowing(borrowerOf(loanId), loanId, reason));
        }

        private String borrowerOf(String loanId) {
            return world.get().borrowers.get(loanId);
        }
    }

    /**
     * Auto-invest as AutoInvestProcess does it when money arrives or a rule is set, with each of the world's markets'
     * lowest open rate (the production process reads them from the offers' read model).
     */
    class AutoInvesting {
        @EventHandler
        void on(LenderFundsDeposited e) {
            invest(e.lenderId(), "deposit:" + e.paymentId(), false);
        }

        @EventHandler
        void on(LenderFundsReceived e) {
            invest(e.lenderId(), "receipt:" + e.loanId() + ":" + e.receiptNo(), true);
        }

        @EventHandler
        void on(AutoInvestSet e) {
            if (e.enabled()) {
                invest(e.lenderId(), "rule:" + e.setAt().toEpochMilli(), false);
            }
        }

        private void invest(String lenderId, String trigger, boolean repayment) {
            MarketplaceModel model = world.get();
            if (model.autoInvest.containsKey(lenderId)) {
                commands.sendAndWait(new AutoInvest(lenderId, trigger, repayment, model.lowestRates(), 100));
            }
        }
    }

    /** The production journal, the fund's balance, and each world's model following its own events. */
    class Books {
        @EventHandler
        void on(Object event, EventMessage<?> message) {
            Postings.of(message.getIdentifier(), event).ifPresent(entry -> {
                for (JournalEntry.Line line : entry.lines()) {
                    journal.merge(line.account(), line.debit() - line.credit(), Long::sum);
                }
            });
            if (event instanceof ProvisionFundMoved f && message instanceof DomainEventMessage<?> d) {
                synchronized (fundSequence) {
                    if (d.getSequenceNumber() > fundSequence.get()) {
                        fundSequence.set(d.getSequenceNumber());
                        fund = f.balanceAfterMinor();
                    }
                }
            }
            world.get().on(event);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // operations

    private void operate(MarketplaceModel model, Op op, String id) {
        model.count(op.getClass().getSimpleName());
        if (op instanceof Deposit d) {
            model.declineDeposit = d.declined();
            try {
                commands.sendAndWait(new RequestDeposit(model.lender(d.lender()), "dep-" + id, d.amount(), "GBP"));
            } finally {
                model.declineDeposit = false;
            }
        } else if (op instanceof Withdraw w) {
            commands.sendAndWait(new RequestWithdrawal(model.lender(w.lender()), "wdr-" + id, w.amount(), "GBP"));
        } else if (op instanceof Offer o) {
            commands.sendAndWait(new CommitToOffer(
                    model.lender(o.lender()),
                    "offer-" + id,
                    model.markets.get(o.market()),
                    o.amount(),
                    o.rateBps(),
                    "GBP"));
        } else if (op instanceof Cancel c) {
            String lender = model.lender(c.lender());
            List<String> open = model.offers.getOrDefault(lender, Map.of()).entrySet().stream()
                    .filter(e -> e.getValue() > 0)
                    .map(Map.Entry::getKey)
                    .sorted()
                    .toList();
            if (!open.isEmpty()) {
                String offerId = open.get(c.pick() % open.size());
                commands.sendAndWait(new CancelOffer(model.offerMarkets.get(offerId), offerId, lender));
            }
        } else if (op instanceof AutoInvestRule a) {
            List<String> markets = a.markets() == 3 ? model.markets : List.of(model.markets.get(a.markets() - 1));
            commands.sendAndWait(new SetAutoInvest(
                    model.lender(a.lender()),
                    a.enabled(),
                    markets,
                    a.minBps(),
                    a.minBps() + a.spanBps(),
                    a.maxPerLoan(),
                    a.reinvest()));
        } else if (op instanceof Borrow b) {
            // a bounded book keeps each business day's close affordable over a long run
            if (model.active() < MAX_ACTIVE_LOANS) {
                String[] market = model.markets.get(b.market()).split(":");
                String applicationId = "loan-" + id;
                commands.sendAndWait(new SubmitLoanApplication(
                        applicationId,
                        model.borrower(b.borrower()),
                        b.amount(),
                        "GBP",
                        Integer.parseInt(market[2]),
                        LoanPurpose.CAR,
                        ModelOperations.FINANCES,
                        ModelOperations.CIRCUMSTANCES));
                commands.sendAndWait(new ConfirmBorrowerIdentity(applicationId));
                // scored into the market's grade: the quote step then quotes it from the market (or finds it thin)
                commands.sendAndWait(new RecordCreditDecision(
                        applicationId, market[1], new BigDecimal("0.05"), 700, List.of(), "model-check"));
                commands.sendAndWait(new AcceptQuote(applicationId));
            }
        } else if (op instanceof Repay r) {
            MarketplaceModel.ModelLoan loan = model.pick(r.pick(), "ACTIVE");
            if (loan != null) {
                Payoff payoff = commands.sendAndWait(new QuoteRepayment(loan.id, model.today));
                long amount = switch (r.kind()) {
                    case 0 -> 1;
                    case 1 -> Math.max(1, payoff.accruedInterestMinor() * r.perMille() / 1_000);
                    case 2 -> Math.max(1, payoff.totalMinor() * r.perMille() / 1_000);
                    default -> payoff.totalMinor();
                };
                commands.sendAndWait(
                        new RequestRepayment(loan.id, "rep-" + id, amount == payoff.totalMinor(), amount, model.today));
            }
        } else if (op instanceof CoolingOff c) {
            MarketplaceModel.ModelLoan loan = model.pick(c.pick(), "ACTIVE");
            if (loan != null) {
                commands.sendAndWait(new WithdrawFromLoan(loan.id, "wdl-" + id, model.today));
            }
        } else if (op instanceof Days d) {
            for (int k = 0; k < d.days(); k++) {
                model.today = model.today.plusDays(1);
                for (MarketplaceModel.ModelLoan loan : List.copyOf(model.loans.values())) {
                    if (loan.status.equals("ACTIVE")) {
                        commands.sendAndWait(new CloseLoanDay(loan.id, model.today));
                    }
                }
            }
        } else if (op instanceof Decline d) {
            MarketplaceModel.ModelLoan loan = model.pick(d.pick(), "ACTIVE");
            if (loan != null) {
                model.declines.merge(loan.id, d.count(), Integer::sum);
            }
        } else if (op instanceof ListPart l) {
            String lender = model.lender(l.lender());
            List<MarketplaceModel.ModelLoan> held = model.loans.values().stream()
                    .filter(loan -> loan.status.equals("ACTIVE") && model.owns(loan, lender))
                    .toList();
            if (!held.isEmpty()) {
                MarketplaceModel.ModelLoan loan = held.get(l.pick() % held.size());
                commands.sendAndWait(new ListLoanPart(loan.id, "lst-" + id, lender, l.premiumBps(), model.today));
            }
        } else if (op instanceof SellAll s) {
            String lender = model.lender(s.lender());
            for (MarketplaceModel.ModelLoan loan : List.copyOf(model.loans.values())) {
                if (loan.status.equals("ACTIVE") && model.owns(loan, lender)) {
                    try {
                        commands.sendAndWait(new ListLoanPart(
                                loan.id, "lst-" + id + "-" + loan.id, lender, s.premiumBps(), model.today));
                    } catch (RuntimeException refused) {
                        // listed already, or in arrears: the others are listed all the same
                        model.count("one of all refused");
                    }
                }
            }
        } else if (op instanceof BuyListing b) {
            List<String> open = model.listings.keySet().stream().sorted().toList();
            if (!open.isEmpty()) {
                String listingId = open.get(b.pick() % open.size());
                String loanId = model.listings.get(listingId).loanId();
                String buyer = model.lender(b.buyer());
                String purchaseId = "buy-" + id;
                // as Purchases does it: the day's price set aside, then the transfer, or the money back
                LoanPartPrice price = commands.sendAndWait(new QuoteLoanPartSale(loanId, listingId, model.today));
                long set = commands.sendAndWait(
                        new ReserveForPurchase(buyer, purchaseId, listingId, loanId, price.priceMinor(), "GBP"));
                try {
                    commands.sendAndWait(new TransferLoanPart(loanId, listingId, buyer, purchaseId, model.today, set));
                } catch (RuntimeException lost) {
                    commands.sendAndWait(
                            new SettlePurchase(buyer, purchaseId, false, loanId, listingId, 0, 0, lost.getMessage()));
                    throw lost;
                }
            }
        } else if (op instanceof CancelListing c) {
            String lender = model.lender(c.lender());
            List<String> mine = model.listings.entrySet().stream()
                    .filter(l -> l.getValue().sellerId().equals(lender))
                    .map(Map.Entry::getKey)
                    .sorted()
                    .toList();
            if (!mine.isEmpty()) {
                String listingId = mine.get(c.pick() % mine.size());
                commands.sendAndWait(
                        new CancelLoanPartListing(model.listings.get(listingId).loanId(), listingId, lender));
            }
        } else if (op instanceof Recover r) {
            MarketplaceModel.ModelLoan loan = model.pick(r.pick(), "DEFAULTED");
            if (loan != null) {
                long owed = 0;
                for (int k = 0; k < loan.parts.size(); k++) {
                    owed += loan.parts.get(k).amountMinor() - loan.received[k];
                }
                commands.sendAndWait(new RequestRecovery(
                        loan.id, "rec-" + id, Math.max(1, owed * r.perMille() / 1_000), model.today, "officer"));
            }
        }
    }

    /** Each borrower of the world owes no more than the cap, and their exposure never counts less than they owe. */
    private void checkBorrowing(MarketplaceModel model, String when) {
        for (int b = 0; b < ModelOperations.BORROWERS; b++) {
            String borrower = model.borrower(b);
            long exposure =
                    model.exposed.contains(borrower) ? commands.<Long>sendAndWait(new QueryBorrowing(borrower)) : 0;
            long owed = model.owedBy(borrower);
            if (exposure > CAP || exposure < owed) {
                throw new AssertionError(when + ": " + borrower + " owes " + owed + " by the model; their exposure "
                        + "counts " + exposure + " against the cap of " + CAP);
            }
        }
    }

    /** With every world paused: the journal, the bank, what borrowers owe, the fund. */
    private void checkAll(String when, List<MarketplaceModel> models) {
        long sum = journal.values().stream().mapToLong(Long::longValue).sum();
        if (sum != 0) {
            throw new AssertionError(when + ": the journal sums to " + sum);
        }
        long bank = journal.getOrDefault(Postings.BANK, 0L);
        long modelBank = models.stream().mapToLong(m -> m.bank).sum();
        if (bank != modelBank) {
            throw new AssertionError(when + ": the bank account is " + bank + ", the worlds' banks " + modelBank);
        }
        long receivable = journal.entrySet().stream()
                .filter(e -> e.getKey().startsWith("lender-receivable:"))
                .mapToLong(Map.Entry::getValue)
                .sum();
        long borrowed = journal.entrySet().stream()
                .filter(e -> e.getKey().startsWith("borrower-loan:"))
                .mapToLong(Map.Entry::getValue)
                .sum();
        if (borrowed != -receivable) {
            throw new AssertionError(when + ": borrowers owe " + borrowed + ", lenders are owed " + -receivable);
        }
        long fundAccount = -journal.getOrDefault("provision-fund", 0L);
        if (fund < 0 || fundAccount != fund) {
            throw new AssertionError(when + ": the provision fund is " + fund + ", its account " + fundAccount);
        }
    }
}
