package io.peerlend.scoring.scorecard.stability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PopulationStabilityTest {

    private static final List<String> BINS = List.of("a", "b");

    @Test
    void the_same_shares_are_perfectly_stable_whatever_the_sizes() {
        PopulationStability.Result r =
                PopulationStability.compare("x", BINS, Map.of("a", 70L, "b", 30L), Map.of("a", 7L, "b", 3L));
        assertThat(r.psi()).isEqualTo(0.0);
        assertThat(r.status()).isEqualTo("STABLE");
        assertThat(r.actualCount()).isEqualTo(10);
    }

    @Test
    void a_shift_from_50_50_to_80_20_is_worked_out_by_the_formula() {
        PopulationStability.Result r =
                PopulationStability.compare("x", BINS, Map.of("a", 50L, "b", 50L), Map.of("a", 80L, "b", 20L));
        double expected = (0.8 - 0.5) * Math.log(0.8 / 0.5) + (0.2 - 0.5) * Math.log(0.2 / 0.5);
        assertThat(r.psi()).isCloseTo(expected, within(1e-6));
        assertThat(r.status()).isEqualTo("SHIFTED"); // 0.416
        assertThat(r.bins().get(0).actualShare()).isEqualTo(0.8);
    }

    @Test
    void a_small_shift_is_to_be_watched_and_no_live_data_says_so() {
        // 50/50 to 65/35: PSI 0.093, still stable; to 68/32: 0.136, worth watching
        assertThat(PopulationStability.compare("x", BINS, Map.of("a", 50L, "b", 50L), Map.of("a", 65L, "b", 35L))
                        .status())
                .isEqualTo("STABLE");
        assertThat(PopulationStability.compare("x", BINS, Map.of("a", 50L, "b", 50L), Map.of("a", 68L, "b", 32L))
                        .status())
                .isEqualTo("WATCH");
        PopulationStability.Result none = PopulationStability.compare("x", BINS, Map.of("a", 1L), Map.of());
        assertThat(none.status()).isEqualTo("NO_DATA");
        assertThat(none.psi()).isNull();
    }
}
