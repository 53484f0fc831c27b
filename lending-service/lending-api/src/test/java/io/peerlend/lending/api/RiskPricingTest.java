package io.peerlend.lending.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RiskPricingTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void a_probability_over_one_year_is_its_own_yearly_rate() {
        assertThat(RiskPricing.yearlyDefaultRate(d("0.2"), 12)).isEqualByComparingTo("0.2");
    }

    @Test
    void a_probability_over_several_years_is_spread_as_a_constant_yearly_rate() {
        // given survival of 0.64 over two years, each year survives 0.8
        assertThat(RiskPricing.yearlyDefaultRate(d("0.36"), 24)).isEqualByComparingTo("0.2");
        // and 0.729 over three years is 0.9 a year
        assertThat(RiskPricing.yearlyDefaultRate(d("0.271"), 36)).isEqualByComparingTo("0.1");
        // and five years of 0.95 a year
        BigDecimal fiveYears = BigDecimal.ONE.subtract(d("0.95").pow(5));
        assertThat(RiskPricing.yearlyDefaultRate(fiveYears, 60)).isEqualByComparingTo("0.05");
    }

    @Test
    void certain_survival_and_certain_default_are_the_ends() {
        assertThat(RiskPricing.yearlyDefaultRate(BigDecimal.ZERO, 60)).isEqualByComparingTo("0");
        assertThat(RiskPricing.yearlyDefaultRate(BigDecimal.ONE, 60)).isEqualByComparingTo("1");
    }

    @Test
    void a_longer_term_spreads_the_same_probability_thinner() {
        BigDecimal previous = BigDecimal.ONE;
        for (int term : Markets.TERMS) {
            BigDecimal yearly = RiskPricing.yearlyDefaultRate(d("0.2048"), term);
            assertThat(yearly).isLessThan(previous);
            previous = yearly;
        }
    }

    @Test
    void expected_loss_is_the_yearly_default_rate_times_the_loss_given_default() {
        assertThat(RiskPricing.expectedLoss(d("0.36"), 24, d("0.8"))).isEqualByComparingTo("0.16");
    }

    @Test
    void the_guidance_rate_is_expected_loss_plus_fee_plus_margin_with_the_fee_charged_at_that_rate() {
        // given a yearly loss of 16%, a fee of 10% of interest and a 2% margin
        RiskPricing.Guidance g = RiskPricing.guidance(d("0.2"), 12, d("0.8"), d("0.10"), d("0.02"));

        // then 20% a year: the lender keeps 18% after the fee, which covers the loss and the margin
        assertThat(g.rate()).isEqualByComparingTo("0.20");
        assertThat(g.expectedLoss()).isEqualByComparingTo("0.16");
        assertThat(g.fee()).isEqualByComparingTo("0.02");
        assertThat(g.margin()).isEqualByComparingTo("0.02");
        assertThat(g.expectedLoss().add(g.fee()).add(g.margin())).isEqualByComparingTo(g.rate());
        assertThat(RiskPricing.expectedReturn(g.rate(), d("0.10"), g.expectedLoss()))
                .isEqualByComparingTo("0.02");
        // and the break-even rate covers only the loss: 16% ÷ 0.9, rounded up to a basis point
        assertThat(g.breakEvenRate()).isEqualByComparingTo("0.1778");
    }

    @Test
    void a_guidance_rate_that_does_not_divide_evenly_is_rounded_up_to_a_basis_point() {
        RiskPricing.Guidance g = RiskPricing.guidance(d("0.1"), 36, d("0.85"), d("0.10"), d("0.02"));

        assertThat(g.rate().scale()).isEqualTo(4);
        assertThat(RiskPricing.expectedReturn(g.rate(), d("0.10"), g.expectedLoss()))
                .isGreaterThanOrEqualTo(d("0.02"));
        assertThat(RiskPricing.expectedReturn(g.rate().subtract(d("0.0001")), d("0.10"), g.expectedLoss()))
                .isLessThan(d("0.02"));
    }

    @Test
    void an_offer_below_expected_loss_plus_fee_expects_to_lose_money() {
        RiskPricing.Guidance g = RiskPricing.guidance(d("0.2"), 12, d("0.8"), d("0.10"), d("0.02"));

        assertThat(RiskPricing.belowBreakEven(d("0.1777"), d("0.10"), g.expectedLoss()))
                .isTrue();
        assertThat(RiskPricing.belowBreakEven(g.breakEvenRate(), d("0.10"), g.expectedLoss()))
                .isFalse();
    }

    @Test
    void impossible_inputs_are_refused() {
        assertThatThrownBy(() -> RiskPricing.yearlyDefaultRate(d("1.01"), 12))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RiskPricing.yearlyDefaultRate(d("-0.01"), 12))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RiskPricing.yearlyDefaultRate(d("0.1"), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RiskPricing.expectedLoss(d("0.1"), 12, d("1.5")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RiskPricing.guidance(d("0.1"), 12, d("0.8"), BigDecimal.ONE, d("0.02")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
