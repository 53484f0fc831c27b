package io.peerlend.lending;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.peerlend.lending.accounts.domain.LenderAccount;
import io.peerlend.lending.api.CancelOffer;
import io.peerlend.lending.api.CloseLoanDay;
import io.peerlend.lending.api.CollectionRequested;
import io.peerlend.lending.api.CommitToOffer;
import io.peerlend.lending.api.DefaultCovered;
import io.peerlend.lending.api.DepositRequested;
import io.peerlend.lending.api.LendFromOffer;
import io.peerlend.lending.api.LoanCancelled;
import io.peerlend.lending.api.LoanDefaulted;
import io.peerlend.lending.api.LoanDisbursed;
import io.peerlend.lending.api.LoanMatched;
import io.peerlend.lending.api.LoanOpened;
import io.peerlend.lending.api.LoanPartShare;
import io.peerlend.lending.api.LoanRepaid;
import io.peerlend.lending.api.LoanRepaymentReceived;
import io.peerlend.lending.api.LoanWithdrawn;
import io.peerlend.lending.api.Markets;
import io.peerlend.lending.api.MatchLoan;
import io.peerlend.lending.api.OpenLoan;
import io.peerlend.lending.api.PartPayment;
import io.peerlend.lending.api.ProvisionFundMoved;
import io.peerlend.lending.api.RequestDeposit;
import io.peerlend.lending.api.RequestRecovery;
import io.peerlend.lending.api.RequestRepayment;
import io.peerlend.lending.api.RequestWithdrawal;
import io.peerlend.lending.api.SettleLoanPayment;
import io.peerlend.lending.api.SettlePayment;
import io.peerlend.lending.api.WithdrawFromLoan;
import io.peerlend.lending.api.WithdrawalRequested;
import io.peerlend.lending.ledger.domain.JournalEntry;
import io.peerlend.lending.ledger.domain.Postings;
import io.peerlend.lending.loans.domain.BusinessDay;
import io.peerlend.lending.loans.domain.Loan;
import io.peerlend.lending.loans.domain.ServicingPolicy;
import io.peerlend.lending.markets.domain.LoanPartPolicy;
import io.peerlend.lending.markets.domain.Market;
import io.peerlend.lending.markets.domain.MarketPolicy;
import io.peerlend.lending.provisionfund.domain.ProvisionFund;
import io.peerlend.lending.quotes.domain.FeePolicy;
import io.peerlend.platform.axon.AxonPostgresAutoConfiguration;
import io.peerlend.platform.axon.PostgresDuplicateKeyResolver;
import io.peerlend.platform.testing.ServiceTests;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterTry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.flywaydb.core.Flyway;

/**
 * The marketplace checked against an independent model after every operation, on the real PostgreSQL event store:
 * the real aggregates (lender accounts, markets, loans, the provision fund) and the real steps between them (offers,
 * lender receipts, the provision fund), run synchronously so that each operation's whole cascade has happened when
 * it returns; a test bank settles every payment unless the operation asked for a decline. jqwik generates the
 * operations — deposits, withdrawals, offers, cancels, loans, early repayments of any size (a cent among them),
 * cooling-off withdrawals, business days across month ends with declined collections into arrears, late fees,
 * defaults, the provision fund's cover and recoveries — and shrinks a failure to a short sequence with its seed.
 *
 * <p>The model is plain Java and knows nothing of the production postings or schedules: the money each party holds
 * (the bank's, each lender's cash and what borrowers owe them), each loan's parts with each part's own annuity at its
 * lender's rate. After every operation: the double-entry journal sums to zero; the bank holds what the model says
 * moved; every lender's cash in the journal is the model's and never negative; what borrowers owe is what lenders are
 * owed; the provision fund is never negative; every whole instalment collected paid each lender exactly their own
 * part's instalment at their own rate, less the 10% servicing fee; a cooling-off withdrawal paid each part its own
 * rate for the days; no part is ever paid more principal than it lent; a repaid loan has paid every part all of it.
 *
 * <p>Sized down in the suite ({@code model.tries} × {@code model.ops}); the full run is in docs/benchmarks.md.
 */
class MarketplaceModelCheckIT {

    private static final int LENDERS = 12;
    private static final List<String> MARKETS = List.of(Markets.id("A", 12), Markets.id("C", 24));
    private static final int FEE_BPS = ServicingPolicy.UK.servicingFeeBps();
    private static final int MAX_ACTIVE_LOANS = 25;
    private static HikariDataSource dataSource;
    private static JdbcEventStorageEngine engine;
    private static int run;

    sealed interface Op permits Deposit, Withdraw, Offer, Cancel, Borrow, Repay, CoolingOff, Days, Decline,
            Recover {
    }

    record Deposit(int lender, long amount, boolean declined) implements Op {
    }

    record Withdraw(int lender, long amount) implements Op {
    }

    record Offer(int lender, int market, long amount, int rateBps) implements Op {
    }

    record Cancel(int lender, int pick) implements Op {
    }

    record Borrow(int market, long amount) implements Op {
    }

    /** {@code kind}: 0 a cent, 1 less than the interest so far, 2 a share of the payoff, 3 all of it. */
    record Repay(int pick, int kind, int perMille) implements Op {
    }

    record CoolingOff(int pick) implements Op {
    }

    record Days(int days) implements Op {
    }

    record Decline(int pick, int count) implements Op {
    }

    record Recover(int pick, int perMille) implements Op {
    }

    // ---------------------------------------------------------------------------------------------------------------
    // the system under test

    private Configuration axon;
    private CommandGateway commands;
    private final AtomicReference<LocalDate> today = new AtomicReference<>(LocalDate.parse("2027-01-04"));
    private final Map<String, Integer> declines = new HashMap<>();
    private boolean declineDeposit;

    // ---------------------------------------------------------------------------------------------------------------
    // the model

    private long modelBank;
    private final Map<String, Long> modelCash = new HashMap<>();
    /** Per lender, per offer: money set aside for it and not yet lent or given back. */
    private final Map<String, Map<String, Long>> modelOffers = new HashMap<>();
    private final Map<String, String> offerMarkets = new HashMap<>();
    private final Map<String, ModelLoan> loans = new LinkedHashMap<>();
    private final Map<String, Long> journal = new HashMap<>();
    private long fund;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Integer> counts = new java.util.TreeMap<>();

    /** A loan as the model sees it: its parts with their own schedules at their own rates. */
    static final class ModelLoan {
        final String id;
        final List<LoanPartShare> parts;
        final long[] received;
        long[][] principal;
        long[][] interest;
        final Map<Integer, long[]> paidOf = new HashMap<>();
        boolean rescheduled;
        String status = "AWAITING_DISBURSEMENT";
        LocalDate disbursedOn;

        ModelLoan(String id, List<LoanPartShare> parts) {
            this.id = id;
            this.parts = parts;
            this.received = new long[parts.size()];
        }
    }

    /** A store of its own for each try: markets, accounts and the fund are aggregates that would outlive a try. */
    private void store() {
        if (dataSource != null) {
            dataSource.close();
        }
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(ServiceTests.ownEventStore("model_check_" + (++run) + "_"
                + Long.toString(System.nanoTime(), 36)));
        dataSource.setUsername(io.peerlend.infra.testing.TestStores.postgres().username());
        dataSource.setMaximumPoolSize(4);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/eventstore")
                .table("event_store_schema_history").load().migrate();
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        engine = JdbcEventStorageEngine.builder().connectionProvider(dataSource::getConnection)
                .transactionManager(NoTransactionManager.instance())
                .persistenceExceptionResolver(new PostgresDuplicateKeyResolver())
                .eventSerializer(serializer).snapshotSerializer(serializer)
                .schema(AxonPostgresAutoConfiguration.EVENT_SCHEMA).build();
    }

    /** Every try's counts together: the run must have reached what it is meant to check. */
    private static final Map<String, Integer> TOTALS = new java.util.TreeMap<>();

    @AfterContainer
    static void close() {
        if (dataSource != null) {
            dataSource.close();
        }
        System.out.printf("MODEL CHECK TOTALS: %s%n", TOTALS);
        assertThat(TOTALS).as("the runs reached whole instalments and early repayments")
                .containsKeys("whole instalment checked part by part", "receipt PART");
    }

    private void start() {
        store();
        modelBank = 0;
        fund = 0;
        modelCash.clear();
        modelOffers.clear();
        offerMarkets.clear();
        loans.clear();
        journal.clear();
        problems.clear();
        counts.clear();
        declines.clear();
        today.set(LocalDate.parse("2027-01-04"));
        try {
            var offers = Class.forName("io.peerlend.lending.markets.OffersProcess")
                    .getDeclaredConstructor(CommandGateway.class);
            offers.setAccessible(true);
            var receipts = Class.forName("io.peerlend.lending.loans.LenderReceipts")
                    .getDeclaredConstructor(CommandGateway.class);
            receipts.setAccessible(true);
            var fundProcess = Class.forName("io.peerlend.lending.loans.ProvisionFundProcess")
                    .getDeclaredConstructor(CommandGateway.class, ServicingPolicy.class, String.class);
            fundProcess.setAccessible(true);
            axon = DefaultConfigurer.defaultConfiguration()
                    .configureEmbeddedEventStore(c -> engine)
                    .configureAggregate(LenderAccount.class).configureAggregate(Market.class)
                    .configureAggregate(Loan.class).configureAggregate(ProvisionFund.class)
                    .registerComponent(Clock.class, c -> Clock.systemUTC())
                    .registerComponent(MarketPolicy.class, c -> new MarketPolicy(100, new LoanPartPolicy(10_00, 100)))
                    .registerComponent(ServicingPolicy.class, c -> ServicingPolicy.UK)
                    .registerComponent(BusinessDay.class, c -> (BusinessDay) today::get)
                    .eventProcessing(ep -> ep.usingSubscribingEventProcessors()
                            .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                            .registerEventHandler(c -> newInstance(offers, c.commandGateway()))
                            .registerEventHandler(c -> newInstance(receipts, c.commandGateway()))
                            .registerEventHandler(c -> newInstance(fundProcess, c.commandGateway(),
                                    ServicingPolicy.UK, "GBP"))
                            .registerEventHandler(c -> new Bank())
                            .registerEventHandler(c -> new Funding())
                            .registerEventHandler(c -> new Books()))
                    .buildConfiguration();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        axon.start();
        commands = axon.commandGateway();
    }

    private static Object newInstance(java.lang.reflect.Constructor<?> constructor, Object... arguments) {
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
    }

    /** The test bank: settles what it is asked to, unless the operation asked for a decline. */
    class Bank {
        @EventHandler
        void on(DepositRequested e) {
            if (Boolean.getBoolean("model.debug")) {
                System.out.println("BANK deposit " + e);
            }
            boolean ok = !declineDeposit;
            commands.sendAndWait(new SettlePayment(e.lenderId(), e.depositId(), ok, ok ? null : "declined"));
            if (ok) {
                modelBank += e.amountMinor();
                modelCash.merge(e.lenderId(), e.amountMinor(), Long::sum);
            }
        }

        @EventHandler
        void on(WithdrawalRequested e) {
            commands.sendAndWait(new SettlePayment(e.lenderId(), e.withdrawalId(), true, null));
            modelBank -= e.amountMinor();
            modelCash.merge(e.lenderId(), -e.amountMinor(), Long::sum);
        }

        @EventHandler
        void on(LoanOpened e) {
            commands.sendAndWait(new SettleLoanPayment(e.loanId(), e.disbursementReference(), true, null));
            modelBank -= e.principalMinor() - e.originationFeeMinor();
        }

        @EventHandler
        void on(CollectionRequested e) {
            int left = declines.getOrDefault(e.loanId(), 0);
            boolean ok = left == 0;
            if (!ok) {
                declines.put(e.loanId(), left - 1);
            }
            commands.sendAndWait(new SettleLoanPayment(e.loanId(), e.reference(), ok, ok ? null : "declined"));
            if (ok) {
                modelBank += e.amountMinor();
            }
        }
    }

    /** Funding as FundingProcess does it once a market matched a loan: parts lent from offers, the loan opened. */
    class Funding {
        @EventHandler
        void on(LoanMatched m) {
            for (LoanMatched.MatchedPart p : m.parts().stream()
                    .sorted(java.util.Comparator.comparing(LoanMatched.MatchedPart::lenderId)).toList()) {
                commands.sendAndWait(new LendFromOffer(p.lenderId(), p.offerId(), m.loanId(), p.amountMinor()));
            }
            String grade = m.marketId().split(":")[1];
            List<LoanPartShare> parts = m.parts().stream()
                    .map(p -> new LoanPartShare(p.lenderId(), p.offerId(), p.amountMinor(), p.rateBps())).toList();
            // the model: the match is the market's decision; it must be possible with the money the model knows of
            long sum = 0;
            for (LoanPartShare part : parts) {
                Map<String, Long> offers = modelOffers.getOrDefault(part.lenderId(), Map.of());
                long set = offers.getOrDefault(part.offerId(), 0L);
                if (part.amountMinor() > set) {
                    problems.add("loan " + m.loanId() + " took " + part.amountMinor() + " from offer "
                            + part.offerId() + " which holds " + set);
                }
                modelOffers.get(part.lenderId()).merge(part.offerId(), -part.amountMinor(), Long::sum);
                sum += part.amountMinor();
            }
            if (sum != m.amountMinor()) {
                problems.add("loan " + m.loanId() + " parts sum to " + sum + ", not " + m.amountMinor());
            }
            loans.put(m.loanId(), new ModelLoan(m.loanId(), parts));
            commands.sendAndWait(new OpenLoan(m.loanId(), "borrower-" + m.loanId(), m.marketId(), grade,
                    new BigDecimal("0.05"), Integer.parseInt(m.marketId().split(":")[2]), m.amountMinor(), "GBP",
                    m.ratePercent(), FeePolicy.UK.originationFee(grade, m.amountMinor()), parts));
        }
    }

    /** The production journal and the events the model checks against its own expectations. */
    class Books {
        @EventHandler
        void on(Object event, EventMessage<?> message) {
            Postings.of(message.getIdentifier(), event).ifPresent(entry -> {
                for (JournalEntry.Line line : entry.lines()) {
                    journal.merge(line.account(), line.debit() - line.credit(), Long::sum);
                }
            });
            if (event instanceof ProvisionFundMoved f) {
                fund = f.balanceAfterMinor();
            } else if (event instanceof LoanDisbursed d) {
                disbursed(d);
            } else if (event instanceof LoanRepaymentReceived r) {
                received(r);
            } else if (event instanceof LoanWithdrawn w) {
                withdrawn(w);
            } else if (event instanceof DefaultCovered c) {
                count("fund cover");
                credit(loans.get(c.loanId()), c.distributions(), "cover");
            } else if (event instanceof LoanCancelled c) {
                count("payout cancelled");
                credit(loans.get(c.loanId()), c.refunds(), "cancel");
            } else if (event instanceof LoanDefaulted d) {
                count("default");
                loans.get(d.loanId()).status = "DEFAULTED";
            } else if (event instanceof LoanRepaid r) {
                count("loan repaid");
                repaid(loans.get(r.loanId()));
            } else if (event instanceof io.peerlend.lending.api.FundsCommittedToOffer f) {
                modelCash.merge(f.lenderId(), -f.amountMinor(), Long::sum);
                modelOffers.computeIfAbsent(f.lenderId(), k -> new HashMap<>()).merge(f.offerId(), f.amountMinor(),
                        Long::sum);
                offerMarkets.put(f.offerId(), f.marketId());
            } else if (event instanceof io.peerlend.lending.api.OfferFundsReleased f) {
                modelCash.merge(f.lenderId(), f.amountMinor(), Long::sum);
                modelOffers.get(f.lenderId()).merge(f.offerId(), -f.amountMinor(), Long::sum);
            } else if (event instanceof io.peerlend.lending.api.LateFeeCharged) {
                count("late fee");
            } else if (event instanceof io.peerlend.lending.api.CollectionFailed) {
                count("collection declined");
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // the model's own arithmetic

    private void disbursed(LoanDisbursed d) {
        ModelLoan loan = loans.get(d.loanId());
        loan.status = "ACTIVE";
        loan.disbursedOn = d.disbursedOn();
        int term = d.schedule().size();
        loan.principal = new long[loan.parts.size()][];
        loan.interest = new long[loan.parts.size()][];
        for (int k = 0; k < loan.parts.size(); k++) {
            long[][] own = annuity(loan.parts.get(k).amountMinor(),
                    BigDecimal.valueOf(loan.parts.get(k).rateBps(), 2), term);
            loan.principal[k] = own[0];
            loan.interest[k] = own[1];
        }
        // the borrower's schedule is the sum of the parts' own
        for (int n = 0; n < term; n++) {
            long p = 0;
            long i = 0;
            for (int k = 0; k < loan.parts.size(); k++) {
                p += loan.principal[k][n];
                i += loan.interest[k][n];
            }
            if (d.schedule().get(n).principalMinor() != p || d.schedule().get(n).interestMinor() != i) {
                problems.add(loan.id + " instalment " + (n + 1) + " is " + d.schedule().get(n)
                        + ", the parts' own instalments sum to principal " + p + " interest " + i);
            }
        }
    }

    private void received(LoanRepaymentReceived r) {
        ModelLoan loan = loans.get(r.loanId());
        count("receipt " + r.kind());
        if (r.amountMinor() == 1) {
            count("repayment of a cent");
        }
        // a whole instalment collected on its own, on a schedule never re-agreed: each part gets its own instalment
        if ("SCHEDULED".equals(r.kind()) && !loan.rescheduled && r.applied().size() == 1) {
            var applied = r.applied().get(0);
            int n = applied.number() - 1;
            long[] before = loan.paidOf.getOrDefault(n, new long[2]);
            long scheduledInterest = 0;
            long scheduledPrincipal = 0;
            for (int k = 0; k < loan.parts.size(); k++) {
                scheduledInterest += loan.interest[k][n];
                scheduledPrincipal += loan.principal[k][n];
            }
            if (before[0] == 0 && before[1] == 0 && applied.interestMinor() == scheduledInterest
                    && applied.principalMinor() == scheduledPrincipal) {
                count("whole instalment checked part by part");
                for (int k = 0; k < loan.parts.size(); k++) {
                    long interest = loan.interest[k][n];
                    PartPayment expected = new PartPayment(loan.parts.get(k).lenderId(), loan.principal[k][n],
                            interest - interest * FEE_BPS / 10_000);
                    if (!r.distributions().get(k).equals(expected)) {
                        problems.add(loan.id + " instalment " + (n + 1) + " paid part " + k + " "
                                + r.distributions().get(k) + ", its own instalment at its rate is " + expected);
                    }
                }
            }
        }
        r.applied().forEach(a -> {
            long[] paid = loan.paidOf.computeIfAbsent(a.number() - 1, k -> new long[2]);
            paid[0] += a.interestMinor();
            paid[1] += a.principalMinor();
        });
        if (r.rescheduled() != null) {
            loan.rescheduled = true;
        }
        credit(loan, r.distributions(), r.kind());
    }

    private void withdrawn(LoanWithdrawn w) {
        ModelLoan loan = loans.get(w.loanId());
        count("cooling-off withdrawal");
        for (int k = 0; k < loan.parts.size(); k++) {
            LoanPartShare part = loan.parts.get(k);
            long interest = byTheDay(part.amountMinor(), BigDecimal.valueOf(part.rateBps(), 2), loan.disbursedOn,
                    w.withdrawnOn());
            PartPayment expected = new PartPayment(part.lenderId(), part.amountMinor(),
                    interest - interest * FEE_BPS / 10_000);
            if (!w.distributions().get(k).equals(expected)) {
                problems.add(loan.id + " withdrawn: part " + k + " got " + w.distributions().get(k)
                        + ", its own rate for the days is " + expected);
            }
        }
        loan.status = "WITHDRAWN";
        credit(loan, w.distributions(), "withdrawal");
    }

    private void credit(ModelLoan loan, List<PartPayment> payments, String why) {
        for (int k = 0; k < payments.size(); k++) {
            PartPayment p = payments.get(k);
            if (p.principalMinor() < 0 || p.interestMinor() < 0) {
                problems.add(loan.id + " " + why + " paid part " + k + " a negative amount: " + p);
            }
            loan.received[k] += p.principalMinor();
            if (loan.received[k] > loan.parts.get(k).amountMinor()) {
                problems.add(loan.id + " part " + k + " has been paid " + loan.received[k] + " of principal, more "
                        + "than the " + loan.parts.get(k).amountMinor() + " it lent");
            }
            modelCash.merge(p.lenderId(), p.principalMinor() + p.interestMinor(), Long::sum);
        }
    }

    private void repaid(ModelLoan loan) {
        loan.status = "REPAID";
        for (int k = 0; k < loan.parts.size(); k++) {
            if (loan.received[k] != loan.parts.get(k).amountMinor()) {
                problems.add(loan.id + " repaid, but part " + k + " got " + loan.received[k] + " of its "
                        + loan.parts.get(k).amountMinor());
            }
        }
    }

    /** Annual percent → each month's principal and interest: P·r/(1−(1+r)^−n) half-even, interest half-even. */
    static long[][] annuity(long amount, BigDecimal annualPercent, int months) {
        BigDecimal r = annualPercent.divide(BigDecimal.valueOf(1200), MathContext.DECIMAL128);
        long payment = r.signum() == 0 ? BigDecimal.valueOf(amount).divide(BigDecimal.valueOf(months),
                MathContext.DECIMAL128).setScale(0, RoundingMode.HALF_EVEN).longValueExact()
                : BigDecimal.valueOf(amount).multiply(r, MathContext.DECIMAL128).divide(BigDecimal.ONE.subtract(
                        BigDecimal.ONE.divide(BigDecimal.ONE.add(r).pow(months, MathContext.DECIMAL128),
                                MathContext.DECIMAL128)), MathContext.DECIMAL128)
                        .setScale(0, RoundingMode.HALF_EVEN).longValueExact();
        long[] principal = new long[months];
        long[] interest = new long[months];
        long balance = amount;
        for (int n = 0; n < months; n++) {
            interest[n] = BigDecimal.valueOf(balance).multiply(r, MathContext.DECIMAL128)
                    .setScale(0, RoundingMode.HALF_EVEN).longValueExact();
            principal[n] = n == months - 1 ? balance : Math.min(balance, Math.max(0, payment - interest[n]));
            balance -= principal[n];
        }
        return new long[][] {principal, interest};
    }

    static long byTheDay(long amount, BigDecimal annualPercent, LocalDate from, LocalDate to) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, to);
        return BigDecimal.valueOf(amount).multiply(annualPercent).multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(36_500), MathContext.DECIMAL128).setScale(0, RoundingMode.HALF_EVEN)
                .longValueExact();
    }

    private void count(String what) {
        counts.merge(what, 1, Integer::sum);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // operations

    private static final net.jqwik.api.RandomDistribution UNIFORM = net.jqwik.api.RandomDistribution.uniform();

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Integer> lender = Arbitraries.integers().between(0, LENDERS - 1).withDistribution(UNIFORM);
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, 1_000).withDistribution(UNIFORM);
        Arbitrary<Op> op = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, Combinators.combine(lender, Arbitraries.longs().between(10_00, 30_000_00).withDistribution(UNIFORM),
                        Arbitraries.of(false, false, false, true)).as(Deposit::new)),
                net.jqwik.api.Tuple.of(4, Combinators.combine(lender, Arbitraries.longs().between(1, 2_000_00).withDistribution(UNIFORM))
                        .as(Withdraw::new)),
                net.jqwik.api.Tuple.of(14, Combinators.combine(lender, Arbitraries.integers().between(0, 1).withDistribution(UNIFORM),
                        Arbitraries.longs().between(10_00, 20_000_00).withDistribution(UNIFORM), Arbitraries.integers().between(300, 1_400).withDistribution(UNIFORM))
                        .as(Offer::new)),
                net.jqwik.api.Tuple.of(3, Combinators.combine(lender, pick).as(Cancel::new)),
                net.jqwik.api.Tuple.of(12, Combinators.combine(Arbitraries.integers().between(0, 1).withDistribution(UNIFORM),
                        Arbitraries.longs().between(500_00, 4_000_00).withDistribution(UNIFORM)).as(Borrow::new)),
                net.jqwik.api.Tuple.of(10, Combinators.combine(pick, Arbitraries.integers().between(0, 3).withDistribution(UNIFORM),
                        Arbitraries.integers().between(1, 1_000).withDistribution(UNIFORM)).as(Repay::new)),
                net.jqwik.api.Tuple.of(3, pick.map(CoolingOff::new)),
                net.jqwik.api.Tuple.of(12, Arbitraries.integers().between(1, 40).withDistribution(UNIFORM).map(Days::new)),
                net.jqwik.api.Tuple.of(5, Combinators.combine(pick, Arbitraries.integers().between(1, 8).withDistribution(UNIFORM))
                        .as(Decline::new)),
                net.jqwik.api.Tuple.of(3, Combinators.combine(pick, Arbitraries.integers().between(1, 1_000).withDistribution(UNIFORM))
                        .as(Recover::new)));
        return op.list().ofSize(Integer.getInteger("model.ops", 250));
    }

    /** Tries from {@code jqwik.tries.default} (src/test/resources/junit-platform.properties: 4; the full run 1). */
    @Property(shrinking = net.jqwik.api.ShrinkingMode.BOUNDED, edgeCases = net.jqwik.api.EdgeCasesMode.NONE)
    void theMarketplaceAgreesWithItsModelAfterEveryOperation(@ForAll("operations") List<Op> ops) {
        start();
        int done = 0;
        for (Op op : ops) {
            try {
                operate(op, Integer.toString(done));
            } catch (RuntimeException refused) {
                // a refusal (not enough money, nothing to match, wrong state) must change nothing: the checks show it
                count("refused");
                if (Boolean.getBoolean("model.debug")) {
                    System.out.println("REFUSED " + op + ": " + refused);
                }
            }
            check("after operation " + done + " " + op);
            done++;
        }
        System.out.printf("MODEL CHECK: %d operations, 0 discrepancies; %s%n", done, counts);
        counts.forEach((what, n) -> TOTALS.merge(what, n, Integer::sum));
    }

    private ModelLoan pick(int pick, String... statuses) {
        List<ModelLoan> candidates = loans.values().stream()
                .filter(l -> List.of(statuses).contains(l.status)).toList();
        return candidates.isEmpty() ? null : candidates.get(pick % candidates.size());
    }

    private void operate(Op op, String id) {
        count(op.getClass().getSimpleName());
        if (op instanceof Deposit d) {
            declineDeposit = d.declined();
            try {
                commands.sendAndWait(new RequestDeposit("lender-" + d.lender(), "dep-" + id, d.amount(), "GBP"));
            } finally {
                declineDeposit = false;
            }
        } else if (op instanceof Withdraw w) {
            commands.sendAndWait(new RequestWithdrawal("lender-" + w.lender(), "wdr-" + id, w.amount(), "GBP"));
        } else if (op instanceof Offer o) {
            commands.sendAndWait(new CommitToOffer("lender-" + o.lender(), "offer-" + id, MARKETS.get(o.market()),
                    o.amount(), o.rateBps(), "GBP"));
        } else if (op instanceof Cancel c) {
            List<String> open = modelOffers.getOrDefault("lender-" + c.lender(), Map.of()).entrySet().stream()
                    .filter(e -> e.getValue() > 0).map(Map.Entry::getKey).sorted().toList();
            if (!open.isEmpty()) {
                String offerId = open.get(c.pick() % open.size());
                commands.sendAndWait(new CancelOffer(offerMarkets.get(offerId), offerId, "lender-" + c.lender()));
            }
        } else if (op instanceof Borrow b) {
            // a bounded book keeps each business day's close affordable over a long run
            if (loans.values().stream().filter(l -> l.status.equals("ACTIVE")).count() < MAX_ACTIVE_LOANS) {
                commands.sendAndWait(new MatchLoan(MARKETS.get(b.market()), "loan-" + id, b.amount(),
                        new BigDecimal("99")));
            }
        } else if (op instanceof Repay r) {
            ModelLoan loan = pick(r.pick(), "ACTIVE");
            if (loan != null) {
                io.peerlend.lending.loans.domain.Payoff payoff = commands.sendAndWait(
                        new io.peerlend.lending.api.QuoteRepayment(loan.id, today.get()));
                long amount = switch (r.kind()) {
                    case 0 -> 1;
                    case 1 -> Math.max(1, payoff.accruedInterestMinor() * r.perMille() / 1_000);
                    case 2 -> Math.max(1, payoff.totalMinor() * r.perMille() / 1_000);
                    default -> payoff.totalMinor();
                };
                commands.sendAndWait(new RequestRepayment(loan.id, "rep-" + id, amount == payoff.totalMinor(),
                        amount, today.get()));
            }
        } else if (op instanceof CoolingOff c) {
            ModelLoan loan = pick(c.pick(), "ACTIVE");
            if (loan != null) {
                commands.sendAndWait(new WithdrawFromLoan(loan.id, "wdl-" + id, today.get()));
            }
        } else if (op instanceof Days d) {
            for (int k = 0; k < d.days(); k++) {
                LocalDate date = today.updateAndGet(t -> t.plusDays(1));
                for (ModelLoan loan : List.copyOf(loans.values())) {
                    if (loan.status.equals("ACTIVE")) {
                        commands.sendAndWait(new CloseLoanDay(loan.id, date));
                    }
                }
            }
        } else if (op instanceof Decline d) {
            ModelLoan loan = pick(d.pick(), "ACTIVE");
            if (loan != null) {
                declines.merge(loan.id, d.count(), Integer::sum);
            }
        } else if (op instanceof Recover r) {
            ModelLoan loan = pick(r.pick(), "DEFAULTED");
            if (loan != null) {
                long owed = 0;
                for (int k = 0; k < loan.parts.size(); k++) {
                    owed += loan.parts.get(k).amountMinor() - loan.received[k];
                }
                commands.sendAndWait(new RequestRecovery(loan.id, "rec-" + id, Math.max(1, owed * r.perMille()
                        / 1_000), today.get(), "officer"));
            }
        }
    }

    private void check(String when) {
        if (!problems.isEmpty()) {
            throw new AssertionError(when + ": " + problems);
        }
        long sum = journal.values().stream().mapToLong(Long::longValue).sum();
        if (sum != 0) {
            throw new AssertionError(when + ": the journal sums to " + sum);
        }
        long bank = journal.getOrDefault(Postings.BANK, 0L);
        if (bank != modelBank) {
            throw new AssertionError(when + ": the bank account is " + bank + ", the model's bank " + modelBank);
        }
        for (int l = 0; l < LENDERS; l++) {
            String lender = "lender-" + l;
            long cash = modelCash.getOrDefault(lender, 0L);
            long committed = modelOffers.getOrDefault(lender, Map.of()).values().stream().mapToLong(Long::longValue)
                    .sum();
            long ledger = -journal.getOrDefault(Postings.lenderCash(lender), 0L);
            if (cash < 0 || ledger != cash + committed) {
                throw new AssertionError(when + ": " + lender + " has " + ledger + " in the journal, the model "
                        + cash + " available and " + committed + " in offers");
            }
        }
        long receivable = journal.entrySet().stream().filter(e -> e.getKey().startsWith("lender-receivable:"))
                .mapToLong(Map.Entry::getValue).sum();
        long borrowed = journal.entrySet().stream().filter(e -> e.getKey().startsWith("borrower-loan:"))
                .mapToLong(Map.Entry::getValue).sum();
        if (borrowed != -receivable) {
            throw new AssertionError(when + ": borrowers owe " + borrowed + ", lenders are owed " + -receivable);
        }
        if (fund < 0 || -journal.getOrDefault("provision-fund", 0L) != fund) {
            throw new AssertionError(when + ": the provision fund is " + fund + ", its account "
                    + -journal.getOrDefault("provision-fund", 0L));
        }
    }
}
