package io.peerlend.disclosure.loanbook.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The credit model's promise against what happened, per grade: for every loan issued, the scorecard's probability of
 * default (PD, over the loan's life) summed gives the defaults expected; the loans that defaulted are the defaults
 * observed. A loan still running has had less than its whole life to default, so the fair comparison is over the
 * loans that have <em>aged</em> — reached the end of their term, been closed, or defaulted — shown beside all issued.
 */
public final class ModelOutcomes {

    /** The grades in order of risk; a grade not listed (an older model's) is reported after them. */
    public static final List<String> GRADES = List.of("A*", "A", "B", "C", "D", "E");

    /** One grade's figures; rates are fractions with 4 decimals, null where there are no loans. */
    public record Grade(
            String grade,
            long loansIssued,
            BigDecimal expectedDefaults,
            long observedDefaults,
            BigDecimal expectedRate,
            BigDecimal observedRate,
            long loansAged,
            BigDecimal expectedDefaultsAged,
            long observedDefaultsAged,
            BigDecimal expectedRateAged,
            BigDecimal observedRateAged) {}

    private ModelOutcomes() {}

    public static List<Grade> of(Iterable<LoanFact> loans, LocalDate asOf) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, BigDecimal[]> expected = new LinkedHashMap<>();
        for (String g : GRADES) {
            counts.put(g, new long[4]);
            expected.put(g, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        }
        for (LoanFact f : loans) {
            if (!f.issued() || f.issuedOn().isAfter(asOf)) {
                continue;
            }
            long[] c = counts.computeIfAbsent(f.grade(), g -> new long[4]);
            BigDecimal[] e =
                    expected.computeIfAbsent(f.grade(), g -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            boolean defaulted = f.defaultedOn() != null && !f.defaultedOn().isAfter(asOf);
            c[0]++;
            e[0] = e[0].add(f.pd());
            if (defaulted) {
                c[1]++;
            }
            if (aged(f, asOf, defaulted)) {
                c[2]++;
                e[1] = e[1].add(f.pd());
                if (defaulted) {
                    c[3]++;
                }
            }
        }
        List<Grade> grades = new ArrayList<>();
        counts.forEach((grade, c) -> {
            BigDecimal[] e = expected.get(grade);
            grades.add(new Grade(
                    grade,
                    c[0],
                    e[0].setScale(4, RoundingMode.HALF_UP),
                    c[1],
                    rate(e[0], c[0]),
                    rate(BigDecimal.valueOf(c[1]), c[0]),
                    c[2],
                    e[1].setScale(4, RoundingMode.HALF_UP),
                    c[3],
                    rate(e[1], c[2]),
                    rate(BigDecimal.valueOf(c[3]), c[2])));
        });
        return grades;
    }

    static boolean aged(LoanFact f, LocalDate asOf, boolean defaulted) {
        return defaulted
                || (f.closedOn() != null && !f.closedOn().isAfter(asOf))
                || !f.issuedOn().plusMonths(f.termMonths()).isAfter(asOf);
    }

    private static BigDecimal rate(BigDecimal part, long whole) {
        return whole == 0 ? null : part.divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
