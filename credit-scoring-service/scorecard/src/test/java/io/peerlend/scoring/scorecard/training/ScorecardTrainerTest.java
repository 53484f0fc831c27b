package io.peerlend.scoring.scorecard.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.scoring.scorecard.Feature;
import io.peerlend.scoring.scorecard.ScorecardJson;
import io.peerlend.scoring.scorecard.ScorecardModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class ScorecardTrainerTest {

    static final Path DATA = Path.of("data/german-credit/german.data");

    @Test
    void the_first_record_of_german_data_maps_to_platform_terms() throws Exception {
        GermanCredit.Labelled first = GermanCredit.read(DATA).get(0);
        // A11 6 A34 A43 1169 A65 A75 4 A93 A101 4 A121 67 A143 A152 2 A173 1 A192 A201 1
        assertThat(first.bad()).isFalse();
        assertThat(first.applicant().currentAccount().name()).isEqualTo("OVERDRAWN");
        assertThat(first.applicant().termMonths()).isEqualTo(6);
        assertThat(first.applicant().creditHistory().name()).isEqualTo("CRITICAL");
        assertThat(first.applicant().purpose().name()).isEqualTo("HOME_IMPROVEMENT");
        assertThat(first.applicant().savings().name()).isEqualTo("NONE");
        assertThat(first.applicant().age()).isEqualTo(67);
        assertThat(first.applicant().housing().name()).isEqualTo("OWN");
    }

    @Test
    void the_split_is_stratified_and_fixed() throws Exception {
        List<GermanCredit.Labelled> all = GermanCredit.read(DATA);
        List<GermanCredit.Labelled> training = new ArrayList<>();
        List<GermanCredit.Labelled> holdOut = new ArrayList<>();
        ScorecardTrainer.split(all, training, holdOut);
        assertThat(training).hasSize(700);
        assertThat(holdOut).hasSize(300);
        assertThat(holdOut.stream().filter(GermanCredit.Labelled::bad).count()).isEqualTo(90);
        List<GermanCredit.Labelled> again = new ArrayList<>();
        ScorecardTrainer.split(all, new ArrayList<>(), again);
        assertThat(again).isEqualTo(holdOut);
    }

    @Test
    void bin_counts_add_up_and_weight_of_evidence_is_ln_of_good_share_over_bad_share() throws Exception {
        List<GermanCredit.Labelled> all = GermanCredit.read(DATA);
        Map<Feature, Map<String, int[]>> counts = ScorecardTrainer.countBins(all);
        for (Feature f : Feature.values()) {
            assertThat(counts.get(f).values().stream()
                            .mapToInt(c -> c[0] + c[1])
                            .sum())
                    .isEqualTo(1000);
        }
        ScorecardModel model = ScorecardJson.bundled("german-credit-1");
        ScorecardModel.Characteristic account = model.characteristics().get(0);
        assertThat(account.feature()).isEqualTo(Feature.CURRENT_ACCOUNT);
        int goods = account.bins().stream().mapToInt(ScorecardModel.Bin::goods).sum();
        int bads = account.bins().stream().mapToInt(ScorecardModel.Bin::bads).sum();
        assertThat(goods + bads).isEqualTo(700);
        for (ScorecardModel.Bin bin : account.bins()) {
            double woe = Math.log(((bin.goods() + 0.5) / goods) / ((bin.bads() + 0.5) / bads));
            assertThat(bin.woe()).isCloseTo(woe, Offset.offset(1e-6));
        }
        // an overdrawn account is worse evidence than no account at all
        assertThat(account.bins().get(0).woe()).isLessThan(account.bins().get(3).woe());
    }

    @Test
    void retraining_on_the_same_data_gives_exactly_the_bundled_model() throws Exception {
        ScorecardModel bundled = ScorecardJson.bundled("german-credit-1");
        ScorecardModel retrained =
                ScorecardTrainer.train(GermanCredit.read(DATA), "german-credit-1", bundled.trainedOn());
        assertThat(retrained).isEqualTo(bundled);
    }

    @Test
    void the_bundled_model_discriminates_as_a_sound_scorecard_on_this_data_should() throws Exception {
        ScorecardModel.Performance holdOut =
                ScorecardJson.bundled("german-credit-1").holdOut();
        assertThat(holdOut.auc()).isBetween(0.75, 0.82);
        assertThat(holdOut.gini()).isCloseTo(2 * holdOut.auc() - 1, Offset.offset(1e-5));
        assertThat(holdOut.calibration().stream()
                        .mapToInt(ScorecardModel.Calibration::applicants)
                        .sum())
                .isEqualTo(300);
        // every characteristic lowers the odds of default as its evidence improves
        ScorecardJson.bundled("german-credit-1")
                .characteristics()
                .forEach(c -> assertThat(c.coefficient()).as(c.label()).isNegative());
    }

    @Test
    void retraining_version_two_on_the_same_data_gives_exactly_the_bundled_model() throws Exception {
        ScorecardModel bundled = ScorecardJson.bundled("german-credit-2");
        ScorecardModel retrained = ScorecardTrainer.train(
                GermanCredit.read(DATA),
                "german-credit-2",
                bundled.trainedOn(),
                ScorecardDesign.V2,
                ScorecardJson.bundled("german-credit-1"));
        assertThat(retrained).isEqualTo(bundled);
    }

    @Test
    void version_two_keeps_only_characteristics_whose_evidence_rises_from_worst_to_best() throws Exception {
        ScorecardModel v2 = ScorecardJson.bundled("german-credit-2");
        for (ScorecardModel.Characteristic c : v2.characteristics()) {
            // every coefficient lowers the odds of default as the evidence improves
            assertThat(c.coefficient()).as(c.label()).isNegative();
            // classes listed worst first: their weight of evidence rises strictly, their points never fall
            for (int i = 0; i + 1 < c.bins().size(); i++) {
                assertThat(c.bins().get(i + 1).woe())
                        .as(c.label())
                        .isGreaterThan(c.bins().get(i).woe());
                assertThat(c.bins().get(i + 1).points())
                        .as(c.label())
                        .isGreaterThanOrEqualTo(c.bins().get(i).points());
            }
            // a declared value no source confirms moves a score by at most 10 points
            if (c.evidence() == ScorecardModel.Evidence.DECLARED) {
                int spread = c.bins().get(c.bins().size() - 1).points()
                        - c.bins().get(0).points();
                assertThat(spread).as(c.label()).isLessThanOrEqualTo(ScorecardDesign.DECLARED_POINTS_CAP);
            }
            // a value the bureau reports has its neutral points for when the bureau did not confirm it
            assertThat(c.unconfirmedPoints() != null).isEqualTo(c.evidence() == ScorecardModel.Evidence.BUREAU);
        }
        assertThat(v2.characteristics())
                .extracting(ScorecardModel.Characteristic::feature)
                .doesNotContain(Feature.CREDIT_HISTORY, Feature.PURPOSE);
        assertThat(v2.design()).anySatisfy(line -> assertThat(line).startsWith("credit history: dropped"));
    }

    @Test
    void version_two_reports_itself_against_version_one_on_the_same_hold_out() throws Exception {
        ScorecardModel v1 = ScorecardJson.bundled("german-credit-1");
        ScorecardModel v2 = ScorecardJson.bundled("german-credit-2");

        assertThat(v2.comparedWith().version()).isEqualTo("german-credit-1");
        assertThat(v2.comparedWith().holdOut()).isEqualTo(v1.holdOut());
        assertThat(v2.holdOut().calibration().stream()
                        .mapToInt(ScorecardModel.Calibration::applicants)
                        .sum())
                .isEqualTo(300);
        // a loss of discrimination for reasons a credit officer can defend, bounded: still a working scorecard
        assertThat(v2.holdOut().auc())
                .isGreaterThan(0.70)
                .isLessThan(v1.holdOut().auc());
        assertThat(v1.holdOut().auc() - v2.holdOut().auc()).isLessThan(0.06);
    }
}
