package io.peerlend.disclosure.indicators;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.peerlend.disclosure.indicators.domain.EarlyWarning;
import io.peerlend.disclosure.indicators.domain.Indicator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The early-warning indicators of the latest business day as metrics, for the dashboard and the alert rules
 * (docs/operations.md): {@code peerlend.early.warning.value} and {@code peerlend.early.warning.breached} (1 or 0), one
 * of each per indicator, and {@code peerlend.early.warning.alerts.open}. Read from the supervision read model on each
 * scrape (one small document), so every instance reports the same.
 */
@Component
class IndicatorMetrics {

    static final List<String> INDICATORS = List.of(
            EarlyWarning.OVERDUE_RATE,
            EarlyWarning.OVER_90_RATE,
            EarlyWarning.TOP_10_SHARE,
            EarlyWarning.FUND_COVERAGE,
            EarlyWarning.LIQUIDITY,
            EarlyWarning.GROWTH,
            EarlyWarning.MODEL_PSI);

    /** The latest day, read at most once every few seconds however many gauges a scrape reads. */
    private static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private final Supervision supervision;
    private final Clock clock = Clock.systemUTC();
    private Optional<Supervision.Day> latest = Optional.empty();
    private Instant readAt = Instant.MIN;

    IndicatorMetrics(Supervision supervision, MeterRegistry meters) {
        this.supervision = supervision;
        for (String name : INDICATORS) {
            Gauge.builder(
                            "peerlend.early.warning.value",
                            this,
                            m -> m.indicator(name)
                                    .filter(i -> i.value() != null)
                                    .map(i -> i.value().doubleValue())
                                    .orElse(Double.NaN))
                    .description("the early-warning indicator's value on the latest business day")
                    .tag("indicator", name)
                    .register(meters);
            Gauge.builder(
                            "peerlend.early.warning.breached",
                            this,
                            m -> m.indicator(name)
                                    .map(i -> i.breached() ? 1.0 : 0.0)
                                    .orElse(0.0))
                    .description("1 while the indicator is beyond its threshold")
                    .tag("indicator", name)
                    .register(meters);
        }
        Gauge.builder(
                        "peerlend.early.warning.alerts.open",
                        supervision,
                        s -> s.alerts().stream()
                                .filter(a -> a.clearedOn() == null)
                                .count())
                .description("early-warning alerts raised and not cleared")
                .register(meters);
    }

    private synchronized Optional<Indicator> indicator(String name) {
        Instant now = clock.instant();
        if (now.isAfter(readAt.plus(FRESH_FOR))) {
            latest = supervision.latest();
            readAt = now;
        }
        return latest.flatMap(day ->
                day.indicators().stream().filter(i -> i.name().equals(name)).findFirst());
    }
}
