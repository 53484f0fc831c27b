package io.peerlend.scoring.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.scoring.api.Applicant;
import io.peerlend.scoring.api.ScoreResult;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The second scorecard: reasons a credit officer would defend, declared values that cannot buy a grade. */
class ScorecardV2Test {

    static final Instant NOW = Instant.parse("2027-01-05T10:00:00Z");
    static Scorecard v2;

    @BeforeAll
    static void load() throws Exception {
        v2 = new Scorecard(ScorecardJson.bundled("german-credit-2"));
    }

    @Test
    void givenEveryFineBinOfEveryCharacteristic_whenScored_thenEveryReasonGivenIsTrueOfTheApplicant() {
        for (Feature feature : Feature.values()) {
            for (String bin : feature.bins()) {
                Applicant applicant = Applicants.inBin(Applicants.typical(), feature, bin);
                assertThat(feature.binOf(applicant)).isEqualTo(bin);
                // with everything confirmed: a characteristic's own reason only where its words describe the bin
                ScoreResult confirmed = v2.score(applicant, EnumSet.allOf(Feature.class), NOW);
                if (!feature.describes(bin)) {
                    assertThat(confirmed.reasons()).as(feature + " " + bin).doesNotContain(feature.adverseReason());
                }
                assertThat(confirmed.reasons())
                        .as(feature + " " + bin)
                        .noneMatch(r -> r.startsWith("We could not confirm"));
                // with nothing confirmed: "not confirmed" is said only of what the bureau reports
                ScoreResult unconfirmed = v2.score(applicant, Set.of(), NOW);
                assertThat(unconfirmed.reasons())
                        .as(feature + " " + bin)
                        .allMatch(r -> !r.startsWith("We could not confirm") || isUnconfirmedReason(r));
                if (!feature.describes(bin)) {
                    assertThat(unconfirmed.reasons()).as(feature + " " + bin).doesNotContain(feature.adverseReason());
                }
            }
        }
    }

    @Test
    void givenTheCharacteristicsTheModelKeeps_thenEachMovesTheWayACreditOfficerWouldDefend() {
        Applicant base = Applicants.typical();
        // worse history never scores more: the credit history is not in version 2 at all (see the model card)
        assertThat(v2.features()).doesNotContain(Feature.CREDIT_HISTORY, Feature.PURPOSE);
        // more savings, more points (or the same)
        assertThat(points(base, Feature.SAVINGS, "GOOD_OR_HIGH")).isGreaterThan(points(base, Feature.SAVINGS, "NONE"));
        assertThat(points(base, Feature.SAVINGS, "NONE")).isEqualTo(points(base, Feature.SAVINGS, "LOW"));
        // an overdrawn account costs points; having no account earns nothing over a low balance
        assertThat(points(base, Feature.CURRENT_ACCOUNT, "OVERDRAWN"))
                .isLessThan(points(base, Feature.CURRENT_ACCOUNT, "LOW"));
        assertThat(points(base, Feature.CURRENT_ACCOUNT, "NONE"))
                .isLessThanOrEqualTo(points(base, Feature.CURRENT_ACCOUNT, "HEALTHY"));
        // a shorter term, longer employment, more property, owning a home: never fewer points
        assertNeverFewer(base, Feature.TERM, "OVER_36", "25_TO_36", "13_TO_24", "UP_TO_12");
        assertNeverFewer(
                base,
                Feature.EMPLOYMENT,
                "UNEMPLOYED",
                "UNDER_1_YEAR",
                "1_TO_4_YEARS",
                "4_TO_7_YEARS",
                "7_YEARS_OR_MORE");
        assertNeverFewer(base, Feature.PROPERTY, "NONE", "CAR_OR_OTHER", "LIFE_INSURANCE_OR_SAVINGS_PLAN", "HOME");
        assertNeverFewer(base, Feature.HOUSING, "RENT", "OWN");
        assertNeverFewer(base, Feature.OTHER_INSTALMENT_PLANS, "BANK_OR_STORES", "NONE");
    }

    @Test
    void givenAHealthyAccountTheBureauDidNotConfirm_whenScored_thenItCountsNoBetterThanNeutralAndSaysSo() {
        Applicant healthy = Applicants.inBin(Applicants.typical(), Feature.CURRENT_ACCOUNT, "HEALTHY");

        ScoreResult confirmed = v2.score(healthy, EnumSet.of(Feature.CURRENT_ACCOUNT), NOW);
        ScoreResult unconfirmed = v2.score(healthy, EnumSet.noneOf(Feature.class), NOW);

        assertThat(unconfirmed.score()).isLessThan(confirmed.score());
        assertThat(unconfirmed.pd()).isGreaterThan(confirmed.pd());
        assertThat(unconfirmed.reasons()).contains(Feature.CURRENT_ACCOUNT.unconfirmedReason());
        // and an overdrawn account the applicant declares counts against them whether or not it is confirmed
        Applicant overdrawn = Applicants.inBin(Applicants.typical(), Feature.CURRENT_ACCOUNT, "OVERDRAWN");
        assertThat(v2.score(overdrawn, Set.of(), NOW).score())
                .isEqualTo(v2.score(overdrawn, EnumSet.of(Feature.CURRENT_ACCOUNT), NOW)
                        .score());
        assertThat(v2.score(overdrawn, Set.of(), NOW).reasons())
                .contains(Feature.CURRENT_ACCOUNT.adverseReason())
                .doesNotContain(Feature.CURRENT_ACCOUNT.unconfirmedReason());
    }

    @Test
    void givenVersionOne_whenScoredWithNothingConfirmed_thenNothingChangesForScoresAlreadyGiven() throws Exception {
        Scorecard v1 = new Scorecard(ScorecardJson.bundled("german-credit-1"));
        for (Applicant a : new Applicant[] {Applicants.strong(), Applicants.typical(), Applicants.weak()}) {
            assertThat(v1.score(a, Set.of(), NOW)).isEqualTo(v1.score(a, NOW));
        }
    }

    private static boolean isUnconfirmedReason(String reason) {
        for (Feature f : Feature.values()) {
            if (reason.equals(f.unconfirmedReason())) {
                return f.unconfirmedReason() != null;
            }
        }
        return false;
    }

    private static int points(Applicant base, Feature feature, String bin) {
        return v2.score(Applicants.inBin(base, feature, bin), EnumSet.allOf(Feature.class), NOW)
                .score();
    }

    private static void assertNeverFewer(Applicant base, Feature feature, String... worstToBest) {
        for (int i = 0; i + 1 < worstToBest.length; i++) {
            assertThat(points(base, feature, worstToBest[i + 1]))
                    .as(feature + ": " + worstToBest[i + 1] + " against " + worstToBest[i])
                    .isGreaterThanOrEqualTo(points(base, feature, worstToBest[i]));
        }
        assertThat(points(base, feature, worstToBest[worstToBest.length - 1]))
                .as(feature + ": the best against the worst")
                .isGreaterThan(points(base, feature, worstToBest[0]));
    }
}
