package io.peerlend.lending.pricing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.lending.api.LossGivenDefault;
import io.peerlend.lending.api.Markets;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GuidanceTableTest {

    /** The grades' mean predicted PDs on the hold-out, from the model card of german-credit-1. */
    static final Map<String, BigDecimal> GERMAN_CREDIT_1 = Map.of(
            "A*", new BigDecimal("0.05345"),
            "A", new BigDecimal("0.111693"),
            "B", new BigDecimal("0.204805"),
            "C", new BigDecimal("0.282591"),
            "D", new BigDecimal("0.418704"),
            "E", new BigDecimal("0.581456"));

    static final PricingPolicy UK = new PricingPolicy(200, new BigDecimal("0.85"), 1000);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    private static GuidanceTable table() {
        LossGivenDefault assumed = new LossGivenDefault.Measure(TODAY).orAssumed(UK.assumedLossGivenDefault());
        return GuidanceTable.of("german-credit-1", GERMAN_CREDIT_1, assumed, UK, TODAY);
    }

    @Test
    void every_market_has_a_guidance_rate_that_is_expected_loss_plus_fee_plus_margin() {
        GuidanceTable table = table();

        assertThat(table.markets()).hasSize(Markets.GRADES.size() * Markets.TERMS.size());
        assertThat(table.markets()).allSatisfy(m -> {
            assertThat(m.g().expectedLoss().add(m.g().fee()).add(m.g().margin()))
                    .isEqualByComparingTo(m.g().rate());
            assertThat(m.g().margin()).isEqualByComparingTo("0.02");
            assertThat(m.g().rate()).isGreaterThan(m.g().breakEvenRate());
        });
    }

    @Test
    void a_grade_B_loan_over_three_years_needs_about_seven_percent_to_break_even() {
        GuidanceTable.MarketGuidance b36 = table().of("market:B:36").orElseThrow();

        // 20.48% over three years is 7.36% a year; 85% of it is lost: 6.25% a year
        assertThat(b36.g().yearlyDefaultRate()).isBetween(new BigDecimal("0.0735"), new BigDecimal("0.0736"));
        assertThat(b36.g().expectedLoss()).isBetween(new BigDecimal("0.0625"), new BigDecimal("0.0626"));
        assertThat(b36.g().breakEvenRate()).isEqualByComparingTo("0.0695");
        assertThat(b36.g().rate()).isEqualByComparingTo("0.0917");
    }

    @Test
    void worse_grades_need_higher_rates_in_every_term() {
        GuidanceTable table = table();
        for (int term : Markets.TERMS) {
            BigDecimal previous = BigDecimal.ZERO;
            for (String grade : Markets.GRADES) {
                BigDecimal rate =
                        table.of(Markets.id(grade, term)).orElseThrow().g().rate();
                assertThat(rate).as(grade + " over " + term).isGreaterThan(previous);
                previous = rate;
            }
        }
    }

    @Test
    void the_portfolio_page_example_a_grade_B_part_at_five_seventy_five_is_warned_and_seven_percent_is_not() {
        GuidanceTable table = table();

        assertThat(table.warning("market:B:36", 575))
                .hasValueSatisfying(w -> assertThat(w)
                        .contains("expected to lose money")
                        .contains("6.25%")
                        .contains("6.95%")
                        .contains("9.17%"));
        assertThat(table.warning("market:B:36", 700)).isEmpty();
        assertThat(table.guidanceBps("market:B:36")).contains(917);
    }

    @Test
    void a_grade_the_model_gives_no_pd_has_no_guidance_and_no_warning() {
        GuidanceTable table = GuidanceTable.of(
                "partial",
                Map.of("A", new BigDecimal("0.1")),
                new LossGivenDefault(new BigDecimal("0.85"), false, 0),
                UK,
                TODAY);

        assertThat(table.of("market:B:36")).isEmpty();
        assertThat(table.warning("market:B:36", 100)).isEmpty();
        assertThat(table.markets()).hasSize(Markets.TERMS.size());
    }
}
