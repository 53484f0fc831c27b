package io.peerlend.disclosure.indicators.domain;

import java.math.BigDecimal;

/**
 * One early-warning indicator on one business date: its value (a fraction or ratio with 4 places; null when there is
 * nothing to measure yet), the threshold, and whether it is breached.
 */
public record Indicator(String name, BigDecimal value, String rule, BigDecimal threshold, boolean breached) {

    static Indicator atMost(String name, BigDecimal value, BigDecimal max) {
        return new Indicator(name, value, "at most", max, value != null && value.compareTo(max) > 0);
    }

    static Indicator atLeast(String name, BigDecimal value, BigDecimal min) {
        return new Indicator(name, value, "at least", min, value != null && value.compareTo(min) < 0);
    }
}
