package io.peerlend.scoring.scorecard;

import java.time.LocalDate;
import java.util.List;

/**
 * The versioned model artifact (stored as JSON): everything needed to score and to explain, plus its model card.
 */
public record ScorecardModel(
        String version,
        LocalDate trainedOn,
        TrainingData trainingData,
        Scaling scaling,
        double intercept,
        List<Characteristic> characteristics,
        List<GradeBand> grades,
        Performance holdOut) {

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

    /** One characteristic: its logistic-regression coefficient on weight of evidence, and its bins. */
    public record Characteristic(
            Feature feature, String label, String sourceAttribute, double coefficient, List<Bin> bins) {}

    /** One bin: training counts, weight of evidence {@code ln(%good / %bad)} and its points. */
    public record Bin(String bin, int goods, int bads, double woe, int points) {}

    /** Applicants whose PD is below {@code maxPd} (and not below the better grade's) get {@code grade}. */
    public record GradeBand(String grade, double maxPd) {}

    /** Hold-out performance: discrimination and, per grade, predicted against observed default rates. */
    public record Performance(double auc, double gini, double ks, List<Calibration> calibration) {}

    public record Calibration(String grade, int applicants, double meanPredictedPd, double observedDefaultRate) {}
}
