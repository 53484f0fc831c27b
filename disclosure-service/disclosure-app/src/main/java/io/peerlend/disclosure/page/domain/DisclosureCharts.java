package io.peerlend.disclosure.page.domain;

import io.peerlend.disclosure.reports.domain.OperatingReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** The public page's charts, from the published monthly reports (the last twelve). */
public final class DisclosureCharts {

    public static final int MONTHS = 12;

    private DisclosureCharts() {}

    /** Lending issued each month: the difference of the cumulative amount from one report to the next. */
    public static BarChart lendingByMonth(List<OperatingReport> reports, String currency) {
        List<BarChart.Point> points = new ArrayList<>();
        BigDecimal before = BigDecimal.ZERO;
        for (OperatingReport r : reports) {
            BigDecimal cumulative = new BigDecimal(r.cumulativeLending().amount());
            BigDecimal issued = cumulative.subtract(before);
            points.add(new BarChart.Point(r.period(), issued, issued.toPlainString()));
            before = cumulative;
        }
        return BarChart.of("Lending issued each month", currency, last(points));
    }

    /** The share of the amount outstanding that is overdue, at each month end. */
    public static BarChart overdueByMonth(List<OperatingReport> reports) {
        List<BarChart.Point> points = new ArrayList<>();
        for (OperatingReport r : reports) {
            String rate = r.overdueRate().byAmount();
            BigDecimal percent =
                    rate == null ? null : new BigDecimal(rate).movePointRight(2).setScale(2, RoundingMode.HALF_UP);
            points.add(new BarChart.Point(r.period(), percent, percent == null ? "–" : percent.toPlainString() + "%"));
        }
        return BarChart.of("Overdue rate by amount at month end", "%", last(points));
    }

    private static List<BarChart.Point> last(List<BarChart.Point> points) {
        return points.subList(Math.max(0, points.size() - MONTHS), points.size());
    }
}
