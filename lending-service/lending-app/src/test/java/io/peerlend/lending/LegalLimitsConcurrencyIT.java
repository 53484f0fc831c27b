package io.peerlend.lending;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.lending.accounts.domain.AccountRuleBroken;
import io.peerlend.lending.accounts.domain.LenderAccount;
import io.peerlend.lending.api.BorrowerExposures;
import io.peerlend.lending.api.InvestorCategory;
import io.peerlend.lending.api.LenderAccounts;
import io.peerlend.lending.api.commands.CommitToOffer;
import io.peerlend.lending.api.commands.ConfirmLoanPartPayout;
import io.peerlend.lending.api.commands.ConfirmPayout;
import io.peerlend.lending.api.commands.LendFromOffer;
import io.peerlend.lending.api.commands.ListOpenOffers;
import io.peerlend.lending.api.commands.RequestDeposit;
import io.peerlend.lending.api.commands.ReserveBorrowing;
import io.peerlend.lending.api.commands.RestrictBorrower;
import io.peerlend.lending.api.commands.RestrictLender;
import io.peerlend.lending.api.commands.SetInvestmentLimit;
import io.peerlend.lending.api.commands.SettlePayment;
import io.peerlend.lending.api.events.BorrowingReserved;
import io.peerlend.lending.api.events.FundsCommittedToOffer;
import io.peerlend.lending.applications.domain.BorrowerExposure;
import io.peerlend.lending.product.BorrowingCap;
import io.peerlend.lending.product.LoanPartPolicy;
import io.peerlend.platform.axon.ConflictRetryScheduler;
import io.peerlend.platform.testing.JdbcEventStores;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The legal limits hold under concurrency across instances: two Axon "instances" (each with its own command bus and
 * its own cache of aggregates, as two processes of the lending service) on the real PostgreSQL event store receive 50
 * simultaneous requests that together would pass a limit. Whatever interleaving happens, the limit is never passed:
 * what the store holds is what was granted, and the rest was refused (or, after its retries, told to send again). And a
 * decision one instance takes without changing anything (may this payout go? which offers does this lender hold?)
 * sees what the other instance did a moment before.
 */
class LegalLimitsConcurrencyIT {

    private static final int REQUESTS = 50;
    private static JdbcEventStores.Store store;
    private static JdbcEventStorageEngine engine;
    private final List<Configuration> instances = new ArrayList<>();

    @BeforeAll
    static void store() {
        // a store of its own: the accounts and exposures written here have no loans behind them
        store = JdbcEventStores.open("limits_it", 20);
        engine = store.engine();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** One instance of the service: the aggregates cached in it, commands retried on a lost race as in production. */
    private CommandGateway instance(Consumer<Configurer> aggregates) {
        Configurer configurer = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> engine)
                .registerComponent(Clock.class, c -> Clock.systemUTC())
                .registerComponent(LoanPartPolicy.class, c -> LoanPartPolicy.DEFAULT)
                .registerComponent(BorrowingCap.class, c -> new BorrowingCap(25_000_00, "GBP"));
        aggregates.accept(configurer);
        Configuration configuration = configurer.buildConfiguration();
        configuration.start();
        instances.add(configuration);
        return DefaultCommandGateway.builder()
                .commandBus(configuration.commandBus())
                .retryScheduler(new ConflictRetryScheduler(3, 10))
                .build();
    }

    @AfterEach
    void stop() {
        instances.forEach(Configuration::shutdown);
    }

    /** Sends each request from its own thread, all released at once; returns what each was answered. */
    private static List<Object> atOnce(List<CommandGateway> gateways, List<Object> commands) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(commands.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Object>> answers = new ArrayList<>();
            for (int i = 0; i < commands.size(); i++) {
                CommandGateway gateway = gateways.get(i % gateways.size());
                Object command = commands.get(i);
                answers.add(pool.submit(() -> {
                    go.await();
                    try {
                        return gateway.sendAndWait(command);
                    } catch (RuntimeException refused) {
                        return refused;
                    }
                }));
            }
            go.countDown();
            List<Object> result = new ArrayList<>();
            for (Future<Object> answer : answers) {
                result.add(answer.get());
            }
            return result;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void givenTheUkCap_when50AcceptancesOf5000ArriveAtOnceOnTwoInstances_thenAtMost25000IsEverReserved()
            throws Exception {
        String borrower = "borrower-" + UUID.randomUUID();
        Consumer<Configurer> exposure = c -> c.configureAggregate(CachedAggregate.of(BorrowerExposure.class, 100));
        List<CommandGateway> gateways = List.of(instance(exposure), instance(exposure));
        List<Object> commands = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            commands.add(new ReserveBorrowing(borrower, "application-" + i, 5_000_00));
        }

        List<Object> answers = atOnce(gateways, commands);

        long granted = answers.stream()
                .filter(a -> a instanceof BorrowerExposure.Decision d && d.granted())
                .count();
        long refused = answers.stream()
                .filter(a -> a instanceof BorrowerExposure.Decision d && !d.granted())
                .count();
        long sendAgain = answers.stream()
                .filter(ConflictRetryScheduler::isConflictAnswer)
                .count();
        System.out.printf(
                "borrowing cap: %d granted, %d refused, %d told to send again%n", granted, refused, sendAgain);
        long inTheStore = engine.readEvents(BorrowerExposures.idFor(borrower))
                .asStream()
                .filter(m -> m.getPayload() instanceof BorrowingReserved)
                .mapToLong(m -> ((BorrowingReserved) m.getPayload()).amountMinor())
                .sum();
        assertThat(granted + refused + sendAgain)
                .as("every request was answered")
                .isEqualTo(REQUESTS);
        assertThat(inTheStore)
                .as("what the store holds is what was granted")
                .isEqualTo(granted * 5_000_00)
                .isLessThanOrEqualTo(25_000_00);
        assertThat(granted).as("and the cap was used").isPositive();
    }

    @Test
    void givenARestrictedInvestorWith800ToInvest_when50OffersOf100ArriveAtOnceOnTwoInstances_thenAtMost800IsCommitted()
            throws Exception {
        String lender = "lender-" + UUID.randomUUID();
        Consumer<Configurer> account = c -> c.configureAggregate(CachedAggregate.of(LenderAccount.class, 100));
        List<CommandGateway> gateways = List.of(instance(account), instance(account));
        gateways.get(0).sendAndWait(new RequestDeposit(lender, "deposit", 10_000_00, "GBP"));
        gateways.get(0).sendAndWait(new SettlePayment(lender, "deposit", true, null));
        gateways.get(1).sendAndWait(new SetInvestmentLimit(lender, InvestorCategory.RESTRICTED, 800_00));
        List<Object> commands = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            commands.add(new CommitToOffer(lender, "offer-" + i, "market:B:36", 100_00, 650, "GBP"));
        }

        List<Object> answers = atOnce(gateways, commands);

        long granted = answers.stream().filter(a -> a instanceof Long).count();
        long refused =
                answers.stream().filter(a -> a instanceof AccountRuleBroken).count();
        long sendAgain = answers.stream()
                .filter(ConflictRetryScheduler::isConflictAnswer)
                .count();
        System.out.printf(
                "restricted investor: %d committed, %d refused, %d told to send again%n", granted, refused, sendAgain);
        long inTheStore = engine.readEvents(LenderAccounts.idFor(lender))
                .asStream()
                .filter(m -> m.getPayload() instanceof FundsCommittedToOffer)
                .mapToLong(m -> ((FundsCommittedToOffer) m.getPayload()).amountMinor())
                .sum();
        assertThat(granted + refused + sendAgain)
                .as("every request was answered")
                .isEqualTo(REQUESTS);
        assertThat(inTheStore)
                .as("what the store holds is what was granted")
                .isEqualTo(granted * 100_00)
                .isLessThanOrEqualTo(800_00);
        assertThat(granted).as("and the limit was used").isPositive();
    }

    @Test
    void givenABorrowerRestrictedOnOneInstance_whenTheOtherConfirmsTheirPayout_thenItIsStoppedThere() {
        String borrower = "borrower-" + UUID.randomUUID();
        Consumer<Configurer> exposure = c -> c.configureAggregate(CachedAggregate.of(BorrowerExposure.class, 100));
        CommandGateway first = instance(exposure);
        CommandGateway second = instance(exposure);
        // given the first instance holds the borrower's exposure (their acceptance reserved it there)
        first.sendAndWait(new ReserveBorrowing(borrower, "loan-1", 5_000_00));
        // when the KYC gate restricts them through the second instance
        second.sendAndWait(new RestrictBorrower(borrower, true, "blocked: a sanctions list match"));

        // then the first, asked just before the money goes, stops the payout
        BorrowerExposure.Decision payout = first.sendAndWait(new ConfirmPayout(borrower, "loan-1"));
        assertThat(payout.granted()).isFalse();
    }

    @Test
    void
            givenALenderFrozenOnOneInstance_whenTheOtherConfirmsTheirPartOrListsTheirOffers_thenItSeesTheFreezeAndEveryOffer() {
        String lender = "lender-" + UUID.randomUUID();
        Consumer<Configurer> account = c -> c.configureAggregate(CachedAggregate.of(LenderAccount.class, 100));
        CommandGateway first = instance(account);
        CommandGateway second = instance(account);
        // given the first instance holds the account: money in, lent to a loan
        first.sendAndWait(new RequestDeposit(lender, "deposit", 1_000_00, "GBP"));
        first.sendAndWait(new SettlePayment(lender, "deposit", true, null));
        first.sendAndWait(new CommitToOffer(lender, "offer-1", "market:B:36", 500_00, 650, "GBP"));
        first.sendAndWait(new LendFromOffer(lender, "offer-1", "loan-1", 100_00, 650));
        // when the second instance takes another offer and then freezes the account
        second.sendAndWait(new CommitToOffer(lender, "offer-2", "market:C:36", 300_00, 700, "GBP"));
        second.sendAndWait(new RestrictLender(lender, true, "blocked: a sanctions list match"));

        // then the first sees both: the part's payout is stopped, and both offers are named to be taken off
        Boolean mayPay = first.sendAndWait(new ConfirmLoanPartPayout(lender, "loan-1"));
        assertThat(mayPay).isFalse();
        Map<String, String> open = first.sendAndWait(new ListOpenOffers(lender));
        assertThat(open).containsOnlyKeys("offer-1", "offer-2");
    }
}
