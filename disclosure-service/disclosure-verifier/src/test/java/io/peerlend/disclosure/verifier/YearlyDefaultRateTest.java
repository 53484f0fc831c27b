package io.peerlend.disclosure.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The verifier's own computation of the published definition, checked against values worked by hand. */
class YearlyDefaultRateTest {

    @Test
    void givenAProbabilityOverTheTerm_whenSpreadOverItsYears_thenTheConstantYearlyRateGivesItBack() {
        // 1 − (1 − 0.2048)^(12/36) = 1 − 0.7952^(1/3) = 0.0735426 (grade B over 36 months, german-credit-1)
        assertThat(YearlyDefaultRate.of(new BigDecimal("0.2048"), 36)).isEqualByComparingTo("0.07354259");
        // over exactly a year the rate is the probability itself; none and certain default are kept exact
        assertThat(YearlyDefaultRate.of(new BigDecimal("0.05"), 12)).isEqualByComparingTo("0.05");
        assertThat(YearlyDefaultRate.of(BigDecimal.ZERO, 24)).isEqualByComparingTo("0");
        assertThat(YearlyDefaultRate.of(BigDecimal.ONE, 24)).isEqualByComparingTo("1");
        // shorter than a year: the yearly rate is higher than the term's, 1 − 0.9^2 = 0.19
        assertThat(YearlyDefaultRate.of(new BigDecimal("0.1"), 6)).isEqualByComparingTo("0.19");
    }
}
