package io.peerlend.scoring.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.scoring.api.Applicant;
import io.peerlend.scoring.api.EmploymentStatus;
import io.peerlend.scoring.api.Purpose;
import io.peerlend.scoring.api.Savings;
import org.junit.jupiter.api.Test;

class FeatureBinningTest {

    private static Applicant with(int term, int age, EmploymentStatus status, int years) {
        Applicant t = Applicants.typical();
        return new Applicant(
                t.currentAccount(),
                term,
                t.creditHistory(),
                t.purpose(),
                t.savings(),
                status,
                years,
                t.property(),
                age,
                t.otherInstalmentPlans(),
                t.housing(),
                t.existingCredits());
    }

    @Test
    void term_cut_points_are_12_24_and_36_months_inclusive() {
        assertThat(Feature.TERM.binOf(with(12, 30, EmploymentStatus.EMPLOYED, 3)))
                .isEqualTo("UP_TO_12");
        assertThat(Feature.TERM.binOf(with(13, 30, EmploymentStatus.EMPLOYED, 3)))
                .isEqualTo("13_TO_24");
        assertThat(Feature.TERM.binOf(with(24, 30, EmploymentStatus.EMPLOYED, 3)))
                .isEqualTo("13_TO_24");
        assertThat(Feature.TERM.binOf(with(36, 30, EmploymentStatus.EMPLOYED, 3)))
                .isEqualTo("25_TO_36");
        assertThat(Feature.TERM.binOf(with(37, 30, EmploymentStatus.EMPLOYED, 3)))
                .isEqualTo("OVER_36");
    }

    @Test
    void age_cut_points_are_26_36_and_51() {
        assertThat(Feature.AGE.binOf(with(12, 25, EmploymentStatus.EMPLOYED, 3)))
                .isEqualTo("UNDER_26");
        assertThat(Feature.AGE.binOf(with(12, 26, EmploymentStatus.EMPLOYED, 3)))
                .isEqualTo("26_TO_35");
        assertThat(Feature.AGE.binOf(with(12, 36, EmploymentStatus.EMPLOYED, 3)))
                .isEqualTo("36_TO_50");
        assertThat(Feature.AGE.binOf(with(12, 50, EmploymentStatus.EMPLOYED, 3)))
                .isEqualTo("36_TO_50");
        assertThat(Feature.AGE.binOf(with(12, 51, EmploymentStatus.EMPLOYED, 3)))
                .isEqualTo("OVER_50");
    }

    @Test
    void employment_is_binned_by_status_then_years() {
        assertThat(Feature.EMPLOYMENT.binOf(with(12, 30, EmploymentStatus.UNEMPLOYED, 9)))
                .isEqualTo("UNEMPLOYED");
        assertThat(Feature.EMPLOYMENT.binOf(with(12, 70, EmploymentStatus.RETIRED, 0)))
                .isEqualTo("7_YEARS_OR_MORE");
        assertThat(Feature.EMPLOYMENT.binOf(with(12, 30, EmploymentStatus.SELF_EMPLOYED, 0)))
                .isEqualTo("UNDER_1_YEAR");
        assertThat(Feature.EMPLOYMENT.binOf(with(12, 30, EmploymentStatus.EMPLOYED, 1)))
                .isEqualTo("1_TO_4_YEARS");
        assertThat(Feature.EMPLOYMENT.binOf(with(12, 30, EmploymentStatus.EMPLOYED, 4)))
                .isEqualTo("4_TO_7_YEARS");
        assertThat(Feature.EMPLOYMENT.binOf(with(12, 30, EmploymentStatus.EMPLOYED, 7)))
                .isEqualTo("7_YEARS_OR_MORE");
    }

    @Test
    void purposes_without_training_history_are_scored_as_other_and_good_and_high_savings_share_a_bin() {
        Applicant t = Applicants.typical();
        for (Purpose p :
                new Purpose[] {Purpose.DEBT_CONSOLIDATION, Purpose.WEDDING, Purpose.MEDICAL, Purpose.HOLIDAY}) {
            Applicant a = new Applicant(
                    t.currentAccount(),
                    12,
                    t.creditHistory(),
                    p,
                    t.savings(),
                    t.employmentStatus(),
                    3,
                    t.property(),
                    30,
                    t.otherInstalmentPlans(),
                    t.housing(),
                    1);
            assertThat(Feature.PURPOSE.binOf(a)).isEqualTo("OTHER");
        }
        Applicant good = new Applicant(
                t.currentAccount(),
                12,
                t.creditHistory(),
                t.purpose(),
                Savings.GOOD,
                t.employmentStatus(),
                3,
                t.property(),
                30,
                t.otherInstalmentPlans(),
                t.housing(),
                1);
        assertThat(Feature.SAVINGS.binOf(good)).isEqualTo("GOOD_OR_HIGH");
    }

    @Test
    void every_applicant_falls_into_one_of_each_features_declared_bins() {
        for (Applicant a : new Applicant[] {Applicants.strong(), Applicants.weak(), Applicants.typical()}) {
            for (Feature f : Feature.values()) {
                assertThat(f.bins()).contains(f.binOf(a));
            }
        }
    }
}
