package io.peerlend.kyc.checks.evaluation;

import io.peerlend.kyc.checks.evaluation.EvaluationNames.Labelled;
import io.peerlend.kyc.checks.sanctions.SanctionsLists;
import io.peerlend.kyc.checks.sanctions.Screener;
import io.peerlend.kyc.checks.sanctions.Screening.Decision;
import io.peerlend.kyc.checks.sanctions.Screening.Match;
import io.peerlend.kyc.checks.sanctions.Screening.Query;
import io.peerlend.kyc.checks.sanctions.Screening.Result;
import io.peerlend.kyc.checks.sanctions.ScreeningPolicy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores screening on the labelled names ({@link EvaluationNames}): recall on the perturbed listed names (the right
 * entry among the first three matches, ties with the third included, and not CLEAR), and the BLOCK and REVIEW rates on
 * common names: the set screening was tuned on, and a held-out set drawn with other seeds that it was not. Run in the
 * build on a sample ({@code ScreeningEvaluationTest}); the full size, every listed name, with
 * {@code ./mvnw -pl kyc-service/kyc-checks test -Dtest=ScreeningEvaluationTest -Dscreening.evaluation.every=1}.
 */
final class ScreeningEvaluation {

    /** The figures, per kind of name, and some misses to look at. */
    record Report(
            int positives,
            int found,
            Map<String, int[]> foundByKind,
            int negatives,
            int blocked,
            int referred,
            Map<String, int[]> negativesByKind,
            int heldOut,
            int heldOutBlocked,
            int heldOutReferred,
            double medianMillis,
            List<String> missed,
            List<String> falseHits) {

        double heldOutReviewRate() {
            return (double) heldOutReferred / heldOut;
        }

        double recall() {
            return (double) found / positives;
        }

        double blockRate() {
            return (double) blocked / negatives;
        }

        double reviewRate() {
            return (double) referred / negatives;
        }

        String describe() {
            StringBuilder out = new StringBuilder();
            out.append(String.format(
                    Locale.ROOT,
                    "positives %d, recall %.2f%% (%d found in the first three and not CLEAR)%n",
                    positives,
                    100 * recall(),
                    found));
            foundByKind.forEach((kind, c) -> out.append(
                    String.format(Locale.ROOT, "  %-32s %6d  recall %.2f%%%n", kind, c[0], 100.0 * c[1] / c[0])));
            out.append(String.format(
                    Locale.ROOT,
                    "negatives %d, BLOCK %.2f%% (%d), REVIEW %.2f%% (%d)%n",
                    negatives,
                    100 * blockRate(),
                    blocked,
                    100 * reviewRate(),
                    referred));
            negativesByKind.forEach((kind, c) -> out.append(
                    String.format(Locale.ROOT, "  %-32s %6d  BLOCK %d, REVIEW %d%n", kind, c[0], c[1], c[2])));
            out.append(String.format(
                    Locale.ROOT,
                    "held-out common names %d (drawn with other seeds), BLOCK %d, REVIEW %.2f%% (%d)%n",
                    heldOut,
                    heldOutBlocked,
                    100.0 * heldOutReferred / heldOut,
                    heldOutReferred));
            out.append(String.format(Locale.ROOT, "median %.3f ms a name%n", medianMillis));
            out.append("some misses:\n");
            missed.forEach(m -> out.append("  ").append(m).append('\n'));
            out.append("some common names stopped: ").append(falseHits).append('\n');
            return out.toString();
        }
    }

    private ScreeningEvaluation() {}

    static Report run(SanctionsLists lists, int every, int negativesPerGroup) {
        Screener screener = new Screener(lists, ScreeningPolicy.DEFAULT);
        List<Labelled> positives = EvaluationNames.positives(lists.entries(), every);
        List<Labelled> negatives = EvaluationNames.negatives(negativesPerGroup);
        long[] nanos = new long[positives.size() + negatives.size()];
        int t = 0;
        int found = 0;
        Map<String, int[]> foundByKind = new TreeMap<>();
        List<String> missed = new ArrayList<>();
        for (Labelled p : positives) {
            long start = System.nanoTime();
            Result r = screener.screen(new Query(p.name(), null, null));
            nanos[t++] = System.nanoTime() - start;
            // among the first three: entries scoring the same as the third count too (several entries share an
            // alias, AL-AQSA FOUNDATION, and equal scores are listed in entry id order, not by merit)
            double third = r.matches().size() < 3 ? 0 : r.matches().get(2).score();
            boolean hit = r.decision() != Decision.CLEAR
                    && r.matches().stream()
                            .filter(m -> m.score() >= third)
                            .anyMatch(m ->
                                    m.list().equals(p.list()) && m.entryId().equals(p.entryId()));
            int[] c = foundByKind.computeIfAbsent(p.kind(), k -> new int[2]);
            c[0]++;
            if (hit) {
                found++;
                c[1]++;
            } else if (c[0] - c[1] <= 4) { // the first few misses of each kind
                missed.add(p.kind() + ": '" + p.name() + "' (" + p.list() + " " + p.entryId() + ", "
                        + (r.matches().isEmpty()
                                ? "no match"
                                : r.decision() + " " + r.matches().get(0).name() + " "
                                        + r.matches().get(0).score())
                        + ")");
            }
        }
        int blocked = 0;
        int referred = 0;
        Map<String, int[]> negativesByKind = new TreeMap<>();
        List<String> falseHits = new ArrayList<>();
        for (Labelled n : negatives) {
            long start = System.nanoTime();
            Result r = screener.screen(new Query(n.name(), null, null));
            nanos[t++] = System.nanoTime() - start;
            int[] c = negativesByKind.computeIfAbsent(n.kind(), k -> new int[3]);
            c[0]++;
            if (r.decision() == Decision.BLOCK) {
                blocked++;
                c[1]++;
            } else if (r.decision() == Decision.REVIEW) {
                referred++;
                c[2]++;
            }
            if (r.decision() != Decision.CLEAR && falseHits.size() < 15) {
                Match m = r.matches().get(0);
                falseHits.add(r.decision() + " '" + n.name() + "' ~ '" + m.name() + "' " + m.score());
            }
        }
        int heldOutBlocked = 0;
        int heldOutReferred = 0;
        List<Labelled> heldOut = new ArrayList<>(EvaluationNames.negatives(negativesPerGroup, 1));
        heldOut.addAll(EvaluationNames.negatives(negativesPerGroup, 2));
        for (Labelled n : heldOut) {
            Decision decision = screener.screen(new Query(n.name(), null, null)).decision();
            heldOutBlocked += decision == Decision.BLOCK ? 1 : 0;
            heldOutReferred += decision == Decision.REVIEW ? 1 : 0;
        }
        Arrays.sort(nanos);
        return new Report(
                positives.size(),
                found,
                foundByKind,
                negatives.size(),
                blocked,
                referred,
                negativesByKind,
                heldOut.size(),
                heldOutBlocked,
                heldOutReferred,
                nanos[nanos.length / 2] / 1e6,
                missed,
                falseHits);
    }
}
