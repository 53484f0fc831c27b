package io.peerlend.scoring.scorecard;

import java.time.LocalDate;
import java.util.List;

/**
 * The versioned model artifact (stored as JSON): everything needed to score and to explain, plus its model card.
 * From version 2 the card also says how the model was designed ({@code design}: coarse classes, dropped
 * characteristics, weights limited) and how it compares with the version before on the same hold-out
 * ({@code comparedWith}); both null in version 1.
 */
public record ScorecardModel(
        String version,
        LocalDate trainedOn,
        TrainingData trainingData,
        Scaling scaling,
        double intercept,
        List<Characteristic> characteristics,
        List<GradeBand> grades,
        Performance holdOut,
        List<String> design,
        Comparison comparedWith) {

    /** A model card of version 1's shape. */
    public ScorecardModel(
            String version,
            LocalDate trainedOn,
            TrainingData trainingData,
            Scaling scaling,
            double intercept,
            List<Characteristic> characteristics,
            List<GradeBand> grades,
            Performance holdOut) {
        this(version, trainedOn, trainingData, scaling, intercept, characteristics, grades, holdOut, null, null);
    }

    /** Another version's hold-out performance on the same applicants. */
    public record Comparison(String version, Performance holdOut) {}

    /** Where the model learned from, and how it was split. */
    public record TrainingData(
            String name,
            String source,
            String licence,
            String citation,
            int applicants,
            int trainingSize,
            int holdOutSize,
            long splitSeed,
            List<String> excludedAttributes,
            List<String> knownQuirks) {}

    /** Points scaling: {@code baseScore} points at odds {@code baseOdds}:1 (good:bad), odds double every {@code pdo}. */
    public record Scaling(int baseScore, double baseOdds, int pointsToDoubleOdds) {}

    /**
     * One characteristic: its logistic-regression coefficient on weight of evidence, and its bins. From version 2:
     * where its value comes from ({@code evidence}: {@link Evidence}), and, for a value the credit bureau can confirm,
     * the points it gives when the bureau did not confirm it and the declared value is better than neutral
     * ({@code unconfirmedPoints}: those of a weight of evidence of 0, the population's odds).
     */
    public record Characteristic(
            Feature feature,
            String label,
            String sourceAttribute,
            double coefficient,
            List<Bin> bins,
            Evidence evidence,
            Integer unconfirmedPoints) {

        public Characteristic(
                Feature feature, String label, String sourceAttribute, double coefficient, List<Bin> bins) {
            this(feature, label, sourceAttribute, coefficient, bins, null, null);
        }
    }

    /** Where a characteristic's value comes from, and so how far it may be trusted. */
    public enum Evidence {
        /** The loan asked for (its term): the applicant's choice, nothing to confirm. */
        APPLICATION,
        /** Verified by identity checks (age, from the verified date of birth). */
        VERIFIED,
        /** Declared, and replaced by the credit bureau's file where it reports it. */
        BUREAU,
        /** Declared only: no source confirms it, so it carries little weight. */
        DECLARED
    }

    /**
     * One bin: training counts, weight of evidence {@code ln(%good / %bad)} and its points; from version 2 a coarse
     * class names the characteristic's fine bins it holds ({@code members}; null: just {@code bin}).
     */
    public record Bin(String bin, int goods, int bads, double woe, int points, List<String> members) {

        public Bin(String bin, int goods, int bads, double woe, int points) {
            this(bin, goods, bads, woe, points, null);
        }

        /** The fine bins this bin holds. */
        public List<String> fineBins() {
            return members == null ? List.of(bin) : members;
        }
    }

    /** Applicants whose PD is below {@code maxPd} (and not below the better grade's) get {@code grade}. */
    public record GradeBand(String grade, double maxPd) {}

    /** Hold-out performance: discrimination and, per grade, predicted against observed default rates. */
    public record Performance(double auc, double gini, double ks, List<Calibration> calibration) {}

    public record Calibration(String grade, int applicants, double meanPredictedPd, double observedDefaultRate) {}
}
