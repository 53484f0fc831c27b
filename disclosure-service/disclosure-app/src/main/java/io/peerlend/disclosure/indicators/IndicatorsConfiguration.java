package io.peerlend.disclosure.indicators;

import io.peerlend.disclosure.indicators.domain.Thresholds;
import java.math.BigDecimal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The profile's early-warning thresholds (`disclosure-<profile>.yml`). */
@Configuration(proxyBeanMethods = false)
class IndicatorsConfiguration {

    @Bean
    Thresholds thresholds(
            @Value("${peerlend.disclosure.thresholds.overdue-rate-max}") BigDecimal overdue,
            @Value("${peerlend.disclosure.thresholds.over-90-rate-max}") BigDecimal over90,
            @Value("${peerlend.disclosure.thresholds.top-10-share-max}") BigDecimal top10,
            @Value("${peerlend.disclosure.thresholds.fund-coverage-min}") BigDecimal coverage,
            @Value("${peerlend.disclosure.thresholds.liquidity-max}") BigDecimal liquidity,
            @Value("${peerlend.disclosure.thresholds.growth-max}") BigDecimal growth,
            @Value("${peerlend.disclosure.thresholds.model-psi-max}") BigDecimal psi,
            @Value("${peerlend.disclosure.thresholds.model-psi-min-applications}") long psiMinimum) {
        return new Thresholds(overdue, over90, top10, coverage, liquidity, growth, psi, psiMinimum);
    }
}
