package io.peerlend.scoring.scorecard.bench;

import io.peerlend.scoring.api.Applicant;
import io.peerlend.scoring.api.ScoreResult;
import io.peerlend.scoring.scorecard.Applicants;
import io.peerlend.scoring.scorecard.Scorecard;
import io.peerlend.scoring.scorecard.ScorecardJson;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** One scoring call in-process: bins, points, PD, grade and reasons for one applicant. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScorecardBenchmark {

    private Scorecard scorecard;
    private Applicant[] applicants;
    private int next;
    private final Instant now = Instant.parse("2026-11-26T12:00:00Z");

    @Setup
    public void load() throws Exception {
        scorecard = new Scorecard(ScorecardJson.bundled("german-credit-1"));
        applicants = new Applicant[] {Applicants.strong(), Applicants.weak(), Applicants.typical()};
    }

    @Benchmark
    public ScoreResult scoreOneApplicant() {
        next = (next + 1) % applicants.length;
        return scorecard.score(applicants[next], now);
    }
}
