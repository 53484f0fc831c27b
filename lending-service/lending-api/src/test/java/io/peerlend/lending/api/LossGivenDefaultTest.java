package io.peerlend.lending.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LossGivenDefaultTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final BigDecimal ASSUMED = new BigDecimal("0.85");

    @Test
    void too_few_seasoned_defaults_leave_the_stated_assumption() {
        // given 29 loans in default for over a year
        LossGivenDefault.Measure measure = new LossGivenDefault.Measure(TODAY);
        for (int i = 0; i < LossGivenDefault.MINIMUM_LOANS - 1; i++) {
            measure.add(TODAY.minusMonths(13), 1000_00, 0);
        }

        LossGivenDefault lgd = measure.orAssumed(ASSUMED);

        assertThat(lgd.measured()).isFalse();
        assertThat(lgd.rate()).isEqualByComparingTo("0.85");
        assertThat(lgd.loans()).isEqualTo(29);
    }

    @Test
    void enough_seasoned_defaults_are_measured_weighted_by_what_they_owed() {
        // given 30 seasoned defaults: 15 owing 1,000 with 500 recovered, 15 owing 3,000 with nothing back
        LossGivenDefault.Measure measure = new LossGivenDefault.Measure(TODAY);
        for (int i = 0; i < 15; i++) {
            measure.add(TODAY.minusMonths(12), 1000_00, 500_00);
            measure.add(TODAY.minusYears(2), 3000_00, 0);
        }

        LossGivenDefault lgd = measure.orAssumed(ASSUMED);

        // then 1 − 7,500 ÷ 60,000
        assertThat(lgd.measured()).isTrue();
        assertThat(lgd.rate()).isEqualByComparingTo("0.875");
        assertThat(lgd.loans()).isEqualTo(30);
    }

    @Test
    void young_defaults_do_not_count_and_a_recovery_never_counts_for_more_than_was_owed() {
        LossGivenDefault.Measure measure = new LossGivenDefault.Measure(TODAY);
        for (int i = 0; i < 30; i++) {
            // recovered more than the principal (interest and fees too): counts as all of it
            measure.add(TODAY.minusMonths(18), 1000_00, 1200_00);
            // in default for 11 months only: recoveries still coming
            measure.add(TODAY.minusMonths(11), 1000_00, 0);
            // not in default
            measure.add(null, 1000_00, 0);
        }

        LossGivenDefault lgd = measure.orAssumed(ASSUMED);

        assertThat(lgd.loans()).isEqualTo(30);
        assertThat(lgd.rate()).isEqualByComparingTo("0");
    }
}
