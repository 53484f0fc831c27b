package io.peerlend.disclosure.verifier;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The findings about every published report, in the order they were made. */
public final class Findings {

    private final List<Finding> all = new ArrayList<>();

    public List<Finding> all() {
        return List.copyOf(all);
    }

    public long count(Finding.Verdict verdict) {
        return all.stream().filter(f -> f.verdict() == verdict).count();
    }

    /** Whether nothing differs: every signature, hash and chain verified, every recomputed figure as published. */
    public boolean allAgree() {
        return count(Finding.Verdict.DIFFERS) == 0;
    }

    void add(Finding finding) {
        all.add(finding);
    }

    /** Compares one figure at {@code item} (a dotted path into the report) with its recomputation. */
    void compare(Report report, String item, String recomputed) {
        compare(report, item, report.text(item), recomputed);
    }

    /** Compares something the report shows without a field of its own (how many rows a list has). */
    void compare(Report report, String item, String published, String recomputed) {
        add(new Finding(
                Objects.equals(published, recomputed) ? Finding.Verdict.CONFIRMED : Finding.Verdict.DIFFERS,
                report.series(),
                report.period(),
                item,
                published,
                recomputed,
                null));
    }

    void compare(Report report, String item, long recomputed) {
        compare(report, item, String.valueOf(recomputed));
    }

    /** An item the loan-level data cannot give, and why. */
    void notChecked(Report report, String item, String why) {
        add(new Finding(
                Finding.Verdict.NOT_CHECKED, report.series(), report.period(), item, report.text(item), null, why));
    }

    void sealed(Report report, String note) {
        add(new Finding(
                report.sealValid() ? Finding.Verdict.CONFIRMED : Finding.Verdict.DIFFERS,
                report.series(),
                report.period(),
                "seal",
                report.sha256(),
                null,
                note));
    }

    /** One published report: its series, period, exact bytes (as parsed), their hash, whether its seal verified. */
    record Report(String series, String period, JsonNode json, String sha256, boolean sealValid) {

        /** The value at a dotted path ({@code a.b}, {@code a[2].b}) as text; null when null or absent. */
        String text(String path) {
            JsonNode node = json;
            for (String step : path.split("\\.")) {
                int bracket = step.indexOf('[');
                String field = bracket < 0 ? step : step.substring(0, bracket);
                node = node == null ? null : node.get(field);
                if (bracket >= 0 && node != null) {
                    node = node.get(Integer.parseInt(step.substring(bracket + 1, step.length() - 1)));
                }
            }
            return node == null || node.isNull() ? null : node.asText();
        }
    }
}
