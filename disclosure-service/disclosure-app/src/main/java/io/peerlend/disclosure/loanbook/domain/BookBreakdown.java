package io.peerlend.disclosure.loanbook.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** The loan book broken down by grade, term, vintage (month of issue) or status, for supervisors' drill-down. */
public final class BookBreakdown {

    /** What can be drilled into. */
    public enum Dimension {
        GRADE(LoanFact::grade),
        TERM(f -> String.valueOf(f.termMonths())),
        VINTAGE(f -> YearMonth.from(f.issuedOn()).toString()),
        STATUS(f -> f.status().name());

        private final Function<LoanFact, String> key;

        Dimension(Function<LoanFact, String> key) {
            this.key = key;
        }
    }

    /** One group's figures; amounts as decimal strings in the book's currency. */
    public record Row(
            String key,
            long loansIssued,
            String amountIssued,
            long outstandingLoans,
            String outstandingPrincipal,
            long overdueLoans,
            String overduePrincipal,
            long defaulted,
            long repaid,
            String recovered) {}

    private BookBreakdown() {}

    public static List<Row> by(Dimension dimension, Iterable<LoanFact> loans, LocalDate asOf, String currency) {
        Map<String, long[]> groups = new TreeMap<>();
        for (LoanFact f : loans) {
            if (!f.issued() || f.issuedOn().isAfter(asOf) || !currency.equals(f.currency())) {
                continue;
            }
            long[] g = groups.computeIfAbsent(dimension.key.apply(f), k -> new long[9]);
            g[0]++;
            g[1] += f.principalMinor();
            if (f.outstanding()) {
                g[2]++;
                g[3] += f.outstandingPrincipalMinor();
                if (f.status() == LoanStatus.DEFAULTED || f.daysPastDue() > 0) {
                    g[4]++;
                    g[5] += f.outstandingPrincipalMinor();
                }
            }
            g[6] += f.status() == LoanStatus.DEFAULTED ? 1 : 0;
            g[7] += f.status() == LoanStatus.REPAID ? 1 : 0;
            g[8] += f.recoveredMinor();
        }
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        return groups.entrySet().stream()
                .map(e -> {
                    long[] g = e.getValue();
                    return new Row(
                            e.getKey(),
                            g[0],
                            money(g[1], digits),
                            g[2],
                            money(g[3], digits),
                            g[4],
                            money(g[5], digits),
                            g[6],
                            g[7],
                            money(g[8], digits));
                })
                .toList();
    }

    private static String money(long minor, int digits) {
        return BigDecimal.valueOf(minor, digits).toPlainString();
    }
}
