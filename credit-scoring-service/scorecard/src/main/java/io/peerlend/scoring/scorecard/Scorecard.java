package io.peerlend.scoring.scorecard;

import io.peerlend.scoring.api.Applicant;
import io.peerlend.scoring.api.ScoreResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores applicants with one {@link ScorecardModel}. Pure and deterministic: the same applicant, confirmations and
 * model always give the same grade, PD, score and reasons. A model may leave characteristics out, and group a
 * characteristic's fine bins into coarse classes; a characteristic the credit bureau can confirm counts, when it was
 * not confirmed, at no better than neutral evidence (version 2's rule; version 1 has no such characteristics).
 */
public final class Scorecard {

    public static final String DECLINE = "DECLINE";
    public static final int MAX_REASONS = 4;

    private final ScorecardModel model;
    private final Map<Feature, ScorecardModel.Characteristic> characteristics = new EnumMap<>(Feature.class);
    private final Map<Feature, Map<String, ScorecardModel.Bin>> bins = new EnumMap<>(Feature.class);
    private final Map<Feature, Integer> bestPoints = new EnumMap<>(Feature.class);

    public Scorecard(ScorecardModel model) {
        this.model = model;
        for (ScorecardModel.Characteristic c : model.characteristics()) {
            Map<String, ScorecardModel.Bin> byFineBin = new HashMap<>();
            c.bins().forEach(b -> b.fineBins().forEach(fine -> byFineBin.put(fine, b)));
            if (!byFineBin.keySet().containsAll(c.feature().bins())) {
                throw new IllegalArgumentException("model " + model.version() + " lacks bins of " + c.feature());
            }
            characteristics.put(c.feature(), c);
            bins.put(c.feature(), byFineBin);
            bestPoints.put(
                    c.feature(),
                    c.bins().stream().mapToInt(ScorecardModel.Bin::points).max().orElse(0));
        }
        if (characteristics.isEmpty()) {
            throw new IllegalArgumentException("model " + model.version() + " has no characteristics");
        }
    }

    public ScorecardModel model() {
        return model;
    }

    /** The features this model scores (a later version may leave some out). */
    public Set<Feature> features() {
        return characteristics.isEmpty() ? Set.of() : EnumSet.copyOf(characteristics.keySet());
    }

    /** Scores an applicant whose every characteristic is taken as true (the training data; what-if questions). */
    public ScoreResult score(Applicant applicant, Instant scoredAt) {
        return score(applicant, EnumSet.allOf(Feature.class), scoredAt);
    }

    /**
     * Scores an applicant; {@code confirmed}: the characteristics the credit bureau's file gave (or confirmed). A
     * bureau-confirmable characteristic not among them counts at no better than neutral evidence, and says so.
     */
    public ScoreResult score(Applicant applicant, Set<Feature> confirmed, Instant scoredAt) {
        double logit = model.intercept();
        int score = 0;
        List<Lost> lost = new ArrayList<>();
        for (ScorecardModel.Characteristic c : model.characteristics()) {
            Feature feature = c.feature();
            String fineBin = feature.binOf(applicant);
            ScorecardModel.Bin bin = bins.get(feature).get(fineBin);
            double woe = bin.woe();
            int points = bin.points();
            boolean unconfirmed = c.evidence() == ScorecardModel.Evidence.BUREAU
                    && !confirmed.contains(feature)
                    && c.unconfirmedPoints() != null
                    && woe > 0;
            if (unconfirmed) {
                woe = 0;
                points = c.unconfirmedPoints();
            }
            logit += c.coefficient() * woe;
            score += points;
            int pointsLost = bestPoints.get(feature) - points;
            // a reason is given only where its words are true of the applicant
            if (pointsLost > 0 && unconfirmed) {
                lost.add(new Lost(feature, pointsLost, feature.unconfirmedReason()));
            } else if (pointsLost > 0 && feature.describes(fineBin)) {
                lost.add(new Lost(feature, pointsLost, feature.adverseReason()));
            }
        }
        double pd = 1.0 / (1.0 + Math.exp(-logit));
        List<String> reasons = lost.stream()
                .sorted(Comparator.comparingInt(Lost::points).reversed().thenComparing(Lost::feature))
                .limit(MAX_REASONS)
                .map(Lost::reason)
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

    private record Lost(Feature feature, int points, String reason) {}
}
