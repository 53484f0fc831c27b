package io.peerlend.lending.api;

import java.util.List;

/**
 * The markets (docs/architecture.md, "Decisions"): grades A*, A, B, C, D, E × terms 12, 24, 36, 48, 60 months. A market's id names both, e.g.
 * {@code market:A*:36}; it is also its aggregate id in the shared store.
 */
public final class Markets {

    public static final List<String> GRADES = List.of("A*", "A", "B", "C", "D", "E");
    public static final List<Integer> TERMS = List.of(12, 24, 36, 48, 60);

    private Markets() {}

    public static String id(String grade, int termMonths) {
        if (!GRADES.contains(grade) || !TERMS.contains(termMonths)) {
            throw new IllegalArgumentException("no market " + grade + " × " + termMonths);
        }
        return "market:" + grade + ":" + termMonths;
    }
}
