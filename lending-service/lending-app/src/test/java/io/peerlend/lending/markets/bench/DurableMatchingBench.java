package io.peerlend.lending.markets.bench;

import io.peerlend.lending.api.commands.CommitToOffer;
import io.peerlend.lending.api.commands.MatchLoan;
import io.peerlend.lending.api.commands.QuoteLoan;
import io.peerlend.lending.api.commands.RequestDeposit;
import io.peerlend.lending.api.commands.SettlePayment;
import io.peerlend.lending.markets.domain.Allocation;
import io.peerlend.platform.testing.ServiceTests;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Durable matching benchmark (not part of the suite; run as in docs/benchmarks.md): one market with 400 lenders'
 * offers in the real PostgreSQL event store (fsync on), then loans of 4,000.00 matched one after another, each into
 * 100 parts of 40.00 (1% of a 4,000.00 offer) stored atomically as one LoanMatched event (40 loans warm up first). Reports parts matched per
 * second and the MatchLoan command's latency percentiles.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DurableMatchingBench {

    /** {@code -Dbench.lenders=N}: more lenders, more loans — a longer, sustained run (N / 2 − 40 loans measured). */
    private static final int LENDERS = Integer.getInteger("bench.lenders", 400);

    private static final int WARM_UP = 40;
    private static final String MARKET = "market:B:36";

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        ServiceTests.useEventStore(registry);
        ServiceTests.useReadSide(registry, "lending-bench");
    }

    @Autowired
    CommandGateway commands;

    @Autowired
    EventProcessingConfiguration processors;

    @Test
    void matchLoansDurably() throws Exception {
        // the funding step would lend each part and look for an application this benchmark does not create
        processors.eventProcessor("lending-funding").ifPresent(EventProcessor::shutDown);
        String run = Long.toString(System.currentTimeMillis(), 36);
        for (int l = 0; l < LENDERS; l++) {
            String lender = "bench-" + run + "-" + l;
            commands.sendAndWait(new RequestDeposit(lender, "dep-" + lender, 4_000_00, "GBP"));
            commands.sendAndWait(new SettlePayment(lender, "dep-" + lender, true, null));
            commands.sendAndWait(new CommitToOffer(lender, "offer-" + lender, MARKET, 4_000_00, 500 + l % 50, "GBP"));
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (((Allocation) commands.sendAndWait(new QuoteLoan(MARKET, 4_000_00 * LENDERS / 2)))
                                .parts()
                                .size()
                        < LENDERS
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        // 400 lenders × 4,000.00 on offer; each loan takes 40.00 from 100 of them; the first loans warm the JVM up
        for (int i = 0; i < WARM_UP; i++) {
            commands.sendAndWait(new MatchLoan(MARKET, "bench-warm-" + run + "-" + i, 4_000_00, new BigDecimal("99")));
        }
        int loans = LENDERS / 2 - WARM_UP; // half the money on offer: every loan still finds 100 lenders
        long[] latencies = new long[loans];
        long parts = 0;
        long start = System.nanoTime();
        for (int i = 0; i < loans; i++) {
            long t0 = System.nanoTime();
            List<?> matched = commands.sendAndWait(
                    new MatchLoan(MARKET, "bench-loan-" + run + "-" + i, 4_000_00, new BigDecimal("99")));
            latencies[i] = System.nanoTime() - t0;
            parts += matched.size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        System.out.printf(
                "DURABLE MATCHING: %d loans, %d parts in %.2f s = %.0f parts/s; MatchLoan latency ms: "
                        + "p50 %.1f, p95 %.1f, p99 %.1f, max %.1f%n",
                loans,
                parts,
                seconds,
                parts / seconds,
                latencies[loans / 2] / 1e6,
                latencies[(int) (loans * 0.95)] / 1e6,
                latencies[(int) (loans * 0.99)] / 1e6,
                latencies[loans - 1] / 1e6);
    }
}
