package io.peerlend.scoring.scorecard;

import io.peerlend.scoring.api.Applicant;
import io.peerlend.scoring.api.ScoreResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores applicants with one {@link ScorecardModel}. Pure and deterministic: the same applicant and model always give
 * the same grade, PD, score and reasons.
 */
public final class Scorecard {

    public static final String DECLINE = "DECLINE";
    public static final int MAX_REASONS = 4;

    private final ScorecardModel model;
    private final Map<Feature, Map<String, ScorecardModel.Bin>> bins = new EnumMap<>(Feature.class);
    private final Map<Feature, Double> coefficients = new EnumMap<>(Feature.class);
    private final Map<Feature, Integer> bestPoints = new EnumMap<>(Feature.class);

    public Scorecard(ScorecardModel model) {
        this.model = model;
        for (ScorecardModel.Characteristic c : model.characteristics()) {
            Map<String, ScorecardModel.Bin> byName = new HashMap<>();
            c.bins().forEach(b -> byName.put(b.bin(), b));
            bins.put(c.feature(), byName);
            coefficients.put(c.feature(), c.coefficient());
            bestPoints.put(
                    c.feature(),
                    c.bins().stream().mapToInt(ScorecardModel.Bin::points).max().orElse(0));
        }
        for (Feature f : Feature.values()) {
            if (!bins.containsKey(f) || !bins.get(f).keySet().containsAll(f.bins())) {
                throw new IllegalArgumentException("model " + model.version() + " lacks bins of " + f);
            }
        }
    }

    public ScorecardModel model() {
        return model;
    }

    public ScoreResult score(Applicant applicant, Instant scoredAt) {
        double logit = model.intercept();
        int score = 0;
        List<Lost> lost = new ArrayList<>();
        for (Feature feature : Feature.values()) {
            String binName = feature.binOf(applicant);
            ScorecardModel.Bin bin = bins.get(feature).get(binName);
            logit += coefficients.get(feature) * bin.woe();
            score += bin.points();
            int pointsLost = bestPoints.get(feature) - bin.points();
            // a reason is given only where its words are true of the applicant
            if (pointsLost > 0 && feature.describes(binName)) {
                lost.add(new Lost(feature, pointsLost));
            }
        }
        double pd = 1.0 / (1.0 + Math.exp(-logit));
        List<String> reasons = lost.stream()
                .sorted(Comparator.comparingInt(Lost::points).reversed().thenComparing(Lost::feature))
                .limit(MAX_REASONS)
                .map(l -> l.feature().adverseReason())
                .toList();
        return new ScoreResult(
                gradeFor(pd),
                BigDecimal.valueOf(pd).setScale(4, RoundingMode.HALF_EVEN),
                score,
                reasons,
                model.version(),
                scoredAt);
    }

    /** The grade of a probability of default; worse grades never have lower PDs (bands are ordered). */
    public String gradeFor(double pd) {
        for (ScorecardModel.GradeBand band : model.grades()) {
            if (pd < band.maxPd()) {
                return band.grade();
            }
        }
        return DECLINE;
    }

    private record Lost(Feature feature, int points) {}
}
