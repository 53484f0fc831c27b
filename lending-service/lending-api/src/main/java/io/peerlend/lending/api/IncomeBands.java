package io.peerlend.lending.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Declared income, published only as a band of annual net income (twelve times the monthly figure), so that no
 * borrower can be recognised by it. The edges are in the loan's currency; a currency without its own uses GBP's.
 */
public final class IncomeBands {

    private static final Map<String, List<Integer>> EDGES = Map.of(
            "GBP", List.of(15_000, 25_000, 40_000, 60_000, 100_000),
            "CNY", List.of(50_000, 100_000, 200_000, 400_000, 800_000));

    private IncomeBands() {}

    /** @param monthlyNetIncome a decimal string, e.g. "2800.00"; null or unreadable gives "not stated" */
    public static String of(String monthlyNetIncome, String currency) {
        if (monthlyNetIncome == null) {
            return "not stated";
        }
        BigDecimal annual;
        try {
            annual = new BigDecimal(monthlyNetIncome).multiply(BigDecimal.valueOf(12));
        } catch (NumberFormatException e) {
            return "not stated";
        }
        List<Integer> edges = EDGES.getOrDefault(currency, EDGES.get("GBP"));
        if (annual.compareTo(BigDecimal.valueOf(edges.get(0))) < 0) {
            return "under " + edges.get(0);
        }
        for (int i = 1; i < edges.size(); i++) {
            if (annual.compareTo(BigDecimal.valueOf(edges.get(i))) < 0) {
                return edges.get(i - 1) + "-" + (edges.get(i) - 1);
            }
        }
        return edges.get(edges.size() - 1) + " and over";
    }
}
