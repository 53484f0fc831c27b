package io.peerlend.scoring.scorecard.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void auc_is_one_when_every_bad_has_a_higher_pd_zero_when_reversed_and_ties_count_half() {
        boolean[] bad = {false, false, true, true};
        assertThat(Metrics.auc(new double[] {0.1, 0.2, 0.3, 0.4}, bad)).isEqualTo(1.0);
        assertThat(Metrics.auc(new double[] {0.4, 0.3, 0.2, 0.1}, bad)).isEqualTo(0.0);
        assertThat(Metrics.auc(new double[] {0.5, 0.5, 0.5, 0.5}, bad)).isEqualTo(0.5);
        assertThat(Metrics.auc(new double[] {0.1, 0.3, 0.2, 0.4}, bad)).isEqualTo(0.75);
    }

    @Test
    void ks_is_the_largest_gap_between_cumulative_bad_and_good_shares() {
        boolean[] bad = {false, false, true, true};
        assertThat(Metrics.ks(new double[] {0.1, 0.2, 0.3, 0.4}, bad)).isEqualTo(1.0);
        assertThat(Metrics.ks(new double[] {0.1, 0.3, 0.2, 0.4}, bad)).isEqualTo(0.5);
    }
}
