package io.peerlend.disclosure.page.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart laid out for SVG: each bar's place and height in a fixed viewBox, scaled to the largest value (negative
 * values are drawn as empty bars: the table beside the chart carries the exact figures).
 */
public record BarChart(String title, String unit, int width, int height, List<Bar> bars) {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 200;
    private static final int LABEL_SPACE = 24;

    /** One bar: its label, its value as shown, and where it is drawn. */
    public record Bar(String label, String display, int x, int y, int barWidth, int barHeight) {}

    /** One value to chart. */
    public record Point(String label, BigDecimal value, String display) {}

    public static BarChart of(String title, String unit, List<Point> points) {
        BigDecimal max = points.stream()
                .map(Point::value)
                .filter(v -> v != null && v.signum() > 0)
                .max(BigDecimal::compareTo)
                .orElse(BigDecimal.ONE);
        int plot = HEIGHT - LABEL_SPACE;
        int slot = points.isEmpty() ? WIDTH : WIDTH / points.size();
        int barWidth = Math.max(1, slot * 7 / 10);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            BigDecimal v = p.value() == null || p.value().signum() < 0 ? BigDecimal.ZERO : p.value();
            int h = v.multiply(BigDecimal.valueOf(plot))
                    .divide(max, 0, RoundingMode.HALF_UP)
                    .intValue();
            bars.add(new Bar(p.label(), p.display(), i * slot + (slot - barWidth) / 2, plot - h, barWidth, h));
        }
        return new BarChart(title, unit, WIDTH, HEIGHT, bars);
    }

    /** Where the labels sit, below the bars. */
    public int labelY() {
        return HEIGHT - 8;
    }
}
