package io.peerlend.disclosure.page.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bars scale to the largest value; nothing to draw for a missing or negative value. */
class BarChartTest {

    @Test
    void givenThreeMonths_whenLaidOut_thenTheLargestFillsThePlotAndTheOthersScale() {
        BarChart chart = BarChart.of(
                "lent",
                "GBP",
                List.of(
                        new BarChart.Point("2027-01", new BigDecimal("500.00"), "500.00"),
                        new BarChart.Point("2027-02", new BigDecimal("1000.00"), "1000.00"),
                        new BarChart.Point("2027-03", null, "–")));

        int plot = BarChart.HEIGHT - 24;
        assertThat(chart.bars()).extracting(BarChart.Bar::barHeight).containsExactly(plot / 2, plot, 0);
        assertThat(chart.bars()).extracting(b -> b.y() + b.barHeight()).containsOnly(plot);
        assertThat(chart.bars().get(1).x()).isGreaterThan(chart.bars().get(0).x());
        assertThat(chart.bars().get(2).display()).isEqualTo("–");
    }
}
