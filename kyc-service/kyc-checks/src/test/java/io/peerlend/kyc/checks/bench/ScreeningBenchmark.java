package io.peerlend.kyc.checks.bench;

import io.peerlend.kyc.checks.sanctions.SanctionsLists;
import io.peerlend.kyc.checks.sanctions.Screener;
import io.peerlend.kyc.checks.sanctions.Screening;
import io.peerlend.kyc.checks.sanctions.ScreeningPolicy;
import java.time.LocalDate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One name screened against all three loaded lists (about 9,000 entries, 20,000 names), cycling through listed
 * names, misspellings, common names and names of ordinary customers. Run in sample mode for the median.
 */
@State(Scope.Thread)
public class ScreeningBenchmark {

    private static final Screening.Query[] QUERIES = {
        new Screening.Query("Manuel Antonio Noriega", null, null),
        new Screening.Query("Manuel Antonio Noriaga", LocalDate.of(1934, 2, 11), "PA"),
        new Screening.Query("Mohammed Ali", LocalDate.of(1985, 3, 1), "GB"),
        new Screening.Query("Sarah Jane Thompson", LocalDate.of(1990, 7, 14), "GB"),
        new Screening.Query("Wang Xiaoming", LocalDate.of(1988, 1, 2), "CN"),
        new Screening.Query("Acme Bank Corp", null, null),
        new Screening.Query("Abu Abbas", LocalDate.of(1948, 12, 10), null),
        new Screening.Query("Oliver Smith", LocalDate.of(1979, 4, 30), "GB"),
    };

    private Screener screener;
    private int next;

    @Setup
    public void load() {
        screener = new Screener(SanctionsLists.bundled(), ScreeningPolicy.DEFAULT);
    }

    @Benchmark
    public Screening.Result screenOneName() {
        next = (next + 1) % QUERIES.length;
        return screener.screen(QUERIES[next]);
    }
}
