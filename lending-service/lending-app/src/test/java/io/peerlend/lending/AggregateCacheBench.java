package io.peerlend.lending;

import io.peerlend.lending.accounts.domain.LenderAccount;
import io.peerlend.lending.api.InvestorCategory;
import io.peerlend.lending.api.commands.RequestDeposit;
import io.peerlend.lending.api.commands.SetInvestmentLimit;
import io.peerlend.lending.api.commands.SettlePayment;
import io.peerlend.lending.product.LoanPartPolicy;
import io.peerlend.platform.testing.JdbcEventStores;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.junit.jupiter.api.Test;

/**
 * What a command costs on a long-lived aggregate (a lender's account with {@code bench.history} events, 4,000 by
 * default) on the real PostgreSQL store, by how the instance holds aggregates between commands: not at all (every
 * command replays the history), cached as one instance alone may (never checked), cached and checked against the
 * store's last sequence number (what CachedAggregate does, safe with several instances), and that last one while a
 * second instance writes to the same account between every two commands (each check finds the copy stale); then, with
 * snapshots every {@link Snapshots#SNAPSHOT_EVERY} events, uncached and as production runs it. Not part of the suite;
 * run as in docs/benchmarks.md.
 */
class AggregateCacheBench {

    private static final int HISTORY = Integer.getInteger("bench.history", 4_000);
    private static final int COMMANDS = Integer.getInteger("bench.commands", 400);

    @Test
    void commandLatencyByCacheMode() {
        try (JdbcEventStores.Store store = JdbcEventStores.open("cache_bench", 4)) {
            String lender = "bench-lender";
            Configuration other = configuration(store, AggregateConfigurer.defaultConfiguration(LenderAccount.class));
            CommandGateway writer = other.commandGateway();
            for (int i = 0; i < HISTORY / 2; i++) {
                writer.sendAndWait(new RequestDeposit(lender, "d-" + i, 100_00, "GBP"));
                writer.sendAndWait(new SettlePayment(lender, "d-" + i, true, null));
            }
            report(
                    "no cache (replays " + HISTORY + " events)",
                    store,
                    lender,
                    null,
                    () -> AggregateConfigurer.defaultConfiguration(LenderAccount.class));
            report(
                    "cached, unchecked (one instance only)",
                    store,
                    lender,
                    null,
                    () -> AggregateConfigurer.defaultConfiguration(LenderAccount.class)
                            .configureCache(c -> new CachedAggregate.Bounded(1_000, id -> Optional.empty())));
            report(
                    "cached, checked against the store",
                    store,
                    lender,
                    null,
                    () -> CachedAggregate.of(LenderAccount.class, 1_000));
            report(
                    "cached, checked, another instance writing in between",
                    store,
                    lender,
                    writer,
                    () -> CachedAggregate.of(LenderAccount.class, 1_000));
            // last: once a snapshot is stored, every later load (the writer's too) starts from it
            report(
                    "no cache, snapshot every " + Snapshots.SNAPSHOT_EVERY + " events",
                    store,
                    lender,
                    null,
                    () -> Snapshots.every(
                            Snapshots.SNAPSHOT_EVERY,
                            LenderAccount.class,
                            AggregateConfigurer.defaultConfiguration(LenderAccount.class)));
            report(
                    "cached, checked, snapshots, another instance writing in between (production)",
                    store,
                    lender,
                    writer,
                    () -> Snapshots.every(
                            Snapshots.SNAPSHOT_EVERY,
                            LenderAccount.class,
                            CachedAggregate.of(LenderAccount.class, 1_000)));
            other.shutdown();
        }
    }

    private static Configuration configuration(JdbcEventStores.Store store, AggregateConfigurer<LenderAccount> a) {
        Configuration configuration = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> store.engine())
                .registerComponent(Clock.class, c -> Clock.systemUTC())
                .registerComponent(LoanPartPolicy.class, c -> LoanPartPolicy.DEFAULT)
                .configureAggregate(a)
                .buildConfiguration();
        configuration.start();
        return configuration;
    }

    private static int flip;

    private static void report(
            String mode,
            JdbcEventStores.Store store,
            String lender,
            CommandGateway other,
            Supplier<AggregateConfigurer<LenderAccount>> aggregate) {
        Configuration instance = configuration(store, aggregate.get());
        CommandGateway gateway = instance.commandGateway();
        long[] nanos = new long[COMMANDS];
        for (int i = -50; i < COMMANDS; i++) {
            if (other != null) {
                other.sendAndWait(next(lender));
            }
            long start = System.nanoTime();
            gateway.sendAndWait(next(lender));
            if (i >= 0) {
                nanos[i] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        System.out.printf(
                "AGGREGATE CACHE BENCH %-55s median %7.2f ms  p90 %7.2f ms  p99 %7.2f ms%n",
                mode, nanos[COMMANDS / 2] / 1e6, nanos[COMMANDS * 9 / 10] / 1e6, nanos[COMMANDS * 99 / 100] / 1e6);
        instance.shutdown();
    }

    /** A command that always appends one event: the investment limit, alternating between two values. */
    private static SetInvestmentLimit next(String lender) {
        flip++;
        return new SetInvestmentLimit(lender, InvestorCategory.RESTRICTED, flip % 2 == 0 ? 500_00 : 600_00);
    }
}
