package io.peerlend.scoring.decisions.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.scoring.api.Affordability;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AffordabilityPolicyTest {

    private final AffordabilityPolicy uk =
            new AffordabilityPolicy("GBP", new BigDecimal("0.40"), new BigDecimal("150.00"), new BigDecimal("0.20"));

    @Test
    void the_stress_instalment_is_the_annuity_at_the_stress_rate_rounded_up_to_the_cent() {
        // 5000 over 36 months at 20% a year: 185.8193... a month
        assertThat(uk.annuity(new BigDecimal("5000.00"), 36)).isEqualByComparingTo("185.82");
        assertThat(new AffordabilityPolicy("GBP", BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO)
                        .annuity(new BigDecimal("1000.00"), 3))
                .isEqualByComparingTo("333.34");
    }

    @Test
    void an_applicant_with_room_to_spare_passes() {
        Affordability result = uk.check(
                new BigDecimal("5000.00"),
                36,
                new BigDecimal("2500.00"),
                new BigDecimal("1200.00"),
                new BigDecimal("150.00"));
        assertThat(result.passed()).isTrue();
        assertThat(result.stressInstalment()).isEqualTo("185.82");
        assertThat(result.disposableIncome()).isEqualTo("964.18");
        assertThat(result.debtToIncome()).isEqualTo("0.1343");
        assertThat(result.reason()).isNull();
    }

    @Test
    void too_little_left_each_month_fails_with_the_figures_in_words() {
        Affordability result = uk.check(
                new BigDecimal("5000.00"),
                36,
                new BigDecimal("1500.00"),
                new BigDecimal("1200.00"),
                new BigDecimal("0.00"));
        assertThat(result.passed()).isFalse();
        assertThat(result.disposableIncome()).isEqualTo("114.18");
        assertThat(result.reason())
                .contains("185.82 GBP")
                .contains("114.18 GBP")
                .contains("150.00 GBP");
    }

    @Test
    void repayments_over_the_debt_to_income_limit_fail_even_with_money_left() {
        Affordability result = uk.check(
                new BigDecimal("20000.00"),
                12,
                new BigDecimal("6000.00"),
                new BigDecimal("500.00"),
                new BigDecimal("800.00"));
        assertThat(result.passed()).isFalse();
        assertThat(result.reason()).contains("% of your income").contains("40%");
    }
}
