package io.peerlend.scoring.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.scoring.api.Applicant;
import io.peerlend.scoring.api.CreditHistory;
import io.peerlend.scoring.api.CurrentAccount;
import io.peerlend.scoring.api.EmploymentStatus;
import io.peerlend.scoring.api.Housing;
import io.peerlend.scoring.api.OtherInstalmentPlans;
import io.peerlend.scoring.api.Property;
import io.peerlend.scoring.api.Purpose;
import io.peerlend.scoring.api.Savings;
import io.peerlend.scoring.api.ScoreResult;
import java.time.Instant;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled model's points, grades and reasons. */
class ScorecardTest {

    static Scorecard scorecard;
    static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    @BeforeAll
    static void load() throws Exception {
        scorecard = new Scorecard(ScorecardJson.bundled("german-credit-1"));
    }

    @Test
    void the_score_is_the_sum_of_the_applicants_bin_points() {
        ScorecardModel model = scorecard.model();
        int expected = 0;
        for (ScorecardModel.Characteristic c : model.characteristics()) {
            String bin = c.feature().binOf(Applicants.typical());
            expected += c.bins().stream()
                    .filter(b -> b.bin().equals(bin))
                    .findFirst()
                    .orElseThrow()
                    .points();
        }
        assertThat(scorecard.score(Applicants.typical(), NOW).score()).isEqualTo(expected);
    }

    @Test
    void points_follow_the_scaling_600_at_50_to_1_and_20_points_to_double_the_odds() {
        ScoreResult result = scorecard.score(Applicants.typical(), NOW);
        double pd = result.pd().doubleValue();
        double factor = 20 / Math.log(2);
        double expected = 600 - factor * Math.log(50) + factor * Math.log((1 - pd) / pd);
        // each of the characteristics' points is rounded to a whole point
        assertThat((double) result.score())
                .isCloseTo(
                        expected,
                        Offset.offset(scorecard.model().characteristics().size() * 0.5 + 0.5));
    }

    @Test
    void grades_follow_the_pd_bands_and_a_worse_grade_never_has_a_lower_pd() {
        List<ScorecardModel.GradeBand> bands = scorecard.model().grades();
        assertThat(bands).extracting(ScorecardModel.GradeBand::grade).containsExactly("A*", "A", "B", "C", "D", "E");
        for (int i = 1; i < bands.size(); i++) {
            assertThat(bands.get(i).maxPd()).isGreaterThan(bands.get(i - 1).maxPd());
        }
        assertThat(scorecard.gradeFor(0.0)).isEqualTo("A*");
        assertThat(scorecard.gradeFor(0.0799)).isEqualTo("A*");
        assertThat(scorecard.gradeFor(0.08)).isEqualTo("A");
        assertThat(scorecard.gradeFor(0.4999)).isEqualTo("D");
        assertThat(scorecard.gradeFor(0.6499)).isEqualTo("E");
        assertThat(scorecard.gradeFor(0.65)).isEqualTo(Scorecard.DECLINE);
    }

    @Test
    void a_strong_applicant_gets_the_top_grade_and_no_adverse_reasons() {
        ScoreResult result = scorecard.score(Applicants.strong(), NOW);
        assertThat(result.grade()).isEqualTo("A*");
        assertThat(result.reasons()).isEmpty();
        assertThat(result.modelVersion()).isEqualTo("german-credit-1");
    }

    @Test
    void a_weak_applicant_is_declined_with_the_four_costliest_reasons_worst_first() {
        ScoreResult result = scorecard.score(Applicants.weak(), NOW);
        assertThat(result.grade()).isEqualTo(Scorecard.DECLINE);
        assertThat(result.reasons()).hasSize(4).doesNotHaveDuplicates();
        assertThat(result.reasons().get(0))
                .isEqualTo(costliest(Applicants.weak()).adverseReason());
    }

    @Test
    void a_reason_is_given_only_where_its_words_are_true_of_the_applicant() {
        // given the bundled model, where a healthy current account scores below having none (the training data's
        // quirk), an applicant with a healthy account loses points on it
        ScorecardModel.Characteristic account = scorecard.model().characteristics().stream()
                .filter(c -> c.feature() == Feature.CURRENT_ACCOUNT)
                .findFirst()
                .orElseThrow();
        int best = account.bins().stream()
                .mapToInt(ScorecardModel.Bin::points)
                .max()
                .orElseThrow();
        int healthy = account.bins().stream()
                .filter(b -> b.bin().equals("HEALTHY"))
                .findFirst()
                .orElseThrow()
                .points();
        assertThat(healthy)
                .as("the bundled model's quirk this test is about: a healthy account below the best bin")
                .isLessThan(best);
        // then they are never told their account was overdrawn or low
        Applicant healthyAccount = new Applicant(
                CurrentAccount.HEALTHY,
                24,
                CreditHistory.EXISTING_REPAID_ON_TIME,
                Purpose.CAR,
                Savings.LOW,
                EmploymentStatus.EMPLOYED,
                3,
                Property.CAR_OR_OTHER,
                31,
                OtherInstalmentPlans.NONE,
                Housing.RENT,
                1);
        ScoreResult result = scorecard.score(healthyAccount, NOW);
        assertThat(result.reasons()).isNotEmpty().doesNotContain(Feature.CURRENT_ACCOUNT.adverseReason());
        // while an overdrawn account is named as a reason when it costs points
        assertThat(Feature.CURRENT_ACCOUNT.describes("OVERDRAWN")).isTrue();
        assertThat(Feature.CURRENT_ACCOUNT.describes("HEALTHY")).isFalse();
        assertThat(Feature.TERM.describes("OVER_36")).isTrue();
    }

    @Test
    void the_same_applicant_and_model_always_give_the_same_answer() {
        ScoreResult first = scorecard.score(Applicants.typical(), NOW);
        ScoreResult again = new Scorecard(scorecard.model()).score(Applicants.typical(), NOW);
        assertThat(again).isEqualTo(first);
    }

    private static Feature costliest(Applicant applicant) {
        Feature worst = null;
        int worstLoss = -1;
        for (ScorecardModel.Characteristic c : scorecard.model().characteristics()) {
            int best =
                    c.bins().stream().mapToInt(ScorecardModel.Bin::points).max().orElseThrow();
            String bin = c.feature().binOf(applicant);
            int mine = c.bins().stream()
                    .filter(b -> b.bin().equals(bin))
                    .findFirst()
                    .orElseThrow()
                    .points();
            if (best - mine > worstLoss && c.feature().describes(bin)) {
                worstLoss = best - mine;
                worst = c.feature();
            }
        }
        return worst;
    }
}
