package io.peerlend.scoring.scorecard.stability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Population stability index: how far the live population's distribution over some bins has moved from the one the
 * model was built on. PSI = Σ (actual% − expected%) × ln(actual% / expected%). Usual reading: below 0.10 stable,
 * 0.10–0.25 worth watching, above 0.25 shifted (the model should be reviewed).
 */
public final class PopulationStability {

    public static final double WATCH = 0.10;
    public static final double SHIFTED = 0.25;
    /** Share used for an empty bin, so one empty bin does not make the index infinite. */
    private static final double FLOOR = 0.0001;

    private PopulationStability() {}

    public record BinShift(String bin, double expectedShare, double actualShare, double contribution) {}

    public record Result(String name, long actualCount, Double psi, String status, List<BinShift> bins) {}

    /** Compares counts per bin; {@code bins} fixes the order and includes bins with no count on either side. */
    public static Result compare(String name, List<String> bins, Map<String, Long> expected, Map<String, Long> actual) {
        long expectedTotal =
                bins.stream().mapToLong(b -> expected.getOrDefault(b, 0L)).sum();
        long actualTotal =
                bins.stream().mapToLong(b -> actual.getOrDefault(b, 0L)).sum();
        List<BinShift> rows = new ArrayList<>();
        double psi = 0;
        for (String bin : bins) {
            double e = expectedTotal == 0 ? 0 : (double) expected.getOrDefault(bin, 0L) / expectedTotal;
            double a = actualTotal == 0 ? 0 : (double) actual.getOrDefault(bin, 0L) / actualTotal;
            double contribution = actualTotal == 0
                    ? 0
                    : (Math.max(a, FLOOR) - Math.max(e, FLOOR)) * Math.log(Math.max(a, FLOOR) / Math.max(e, FLOOR));
            psi += contribution;
            rows.add(new BinShift(bin, round(e), round(a), round(contribution)));
        }
        if (actualTotal == 0) {
            return new Result(name, 0, null, "NO_DATA", rows);
        }
        String status = psi < WATCH ? "STABLE" : psi <= SHIFTED ? "WATCH" : "SHIFTED";
        return new Result(name, actualTotal, round(psi), status, rows);
    }

    private static double round(double v) {
        return Math.round(v * 1_000_000d) / 1_000_000d;
    }
}
