package io.peerlend.lending.markets.bench;

import io.peerlend.lending.markets.domain.Allocation;
import io.peerlend.lending.markets.domain.OrderBook;
import io.peerlend.lending.product.LoanPartPolicy;
import java.util.Random;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The in-memory matching engine: one market's book of 40,000 offers of 50,000.00 from 40,000 lenders at 13 rate
 * levels; each loan of 10,000.00 takes 20 parts of 500.00 (1% of an offer). One invocation allocates and applies 50
 * loans, so the score is loan parts matched per second. The book is refilled whenever it runs dry, so every
 * counted part is a real match.
 */
@State(Scope.Thread)
public class MatchingBenchmark {

    static final int LOANS_PER_INVOCATION = 50;
    static final int PARTS_PER_LOAN = 20;

    private OrderBook book;

    @Setup(Level.Iteration)
    public void fillTheBook() {
        book = new OrderBook(LoanPartPolicy.DEFAULT);
        Random random = new Random(7);
        for (int i = 0; i < 40_000; i++) {
            book.place("o-" + i, "l-" + i, 400 + random.nextInt(13) * 25, 50_000_00);
        }
    }

    @Benchmark
    @OperationsPerInvocation(LOANS_PER_INVOCATION * PARTS_PER_LOAN)
    public int matchFiftyLoans() {
        int parts = 0;
        for (int i = 0; i < LOANS_PER_INVOCATION; i++) {
            Allocation a = book.allocate(10_000_00, 10_000);
            if (!a.complete()) {
                fillTheBook(); // the book runs dry every 200,000 loans: refill (40,000 offers, about 1% of the time)
                a = book.allocate(10_000_00, 10_000);
            }
            book.apply(a.parts());
            parts += a.parts().size();
        }
        return parts;
    }
}
