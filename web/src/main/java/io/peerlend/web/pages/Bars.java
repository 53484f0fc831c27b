package io.peerlend.web.pages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A bar chart's rows: each label with its amount and its bar's length in percent of the largest (drawn as SVG by the
 * page, beside the figure it shows, so the chart needs no script and reads the same to a screen reader).
 */
public record Bars(List<Bar> rows) {

    public record Bar(String label, String amount, int percent) {}

    public static Bars of(Map<String, BigDecimal> amounts) {
        BigDecimal max = amounts.values().stream()
                .map(BigDecimal::abs)
                .max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
        List<Bar> rows = new ArrayList<>();
        amounts.forEach((label, amount) -> rows.add(new Bar(
                label,
                amount.toPlainString(),
                max.signum() == 0
                        ? 0
                        : amount.abs()
                                .multiply(BigDecimal.valueOf(100))
                                .divide(max, 0, RoundingMode.HALF_UP)
                                .intValue())));
        return new Bars(rows);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
