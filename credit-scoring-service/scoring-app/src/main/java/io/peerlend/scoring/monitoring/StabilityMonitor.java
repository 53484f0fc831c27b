package io.peerlend.scoring.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.peerlend.scoring.models.ModelRegistry;
import io.peerlend.scoring.scorecard.Feature;
import io.peerlend.scoring.scorecard.Scorecard;
import io.peerlend.scoring.scorecard.ScorecardModel;
import io.peerlend.scoring.scorecard.stability.PopulationStability;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Population stability of live applications (the score log) against the model's training population: per
 * characteristic over its bins, and overall over the grades (the hold-out split stands for the training population).
 * Published at {@code GET /api/scoring/monitoring/stability} and as the gauge {@code peerlend.scoring.psi}.
 */
@Component
public class StabilityMonitor {

    private static final String SCORE_LOG = "score_log";
    private final MongoTemplate mongo;
    private final ModelRegistry models;
    private final Map<String, Double> latest = new ConcurrentHashMap<>();

    StabilityMonitor(MongoTemplate mongo, ModelRegistry models, MeterRegistry meters) {
        this.mongo = mongo;
        this.models = models;
        List<String> names = new ArrayList<>();
        for (Feature f : Feature.values()) {
            names.add(f.name());
        }
        names.add("OVERALL");
        for (String name : names) {
            Gauge.builder("peerlend.scoring.psi", latest, m -> m.getOrDefault(name, Double.NaN))
                    .tag("characteristic", name)
                    .description("population stability index of live applications against the training population")
                    .register(meters);
        }
    }

    public record Report(
            String modelVersion,
            PopulationStability.Result overall,
            List<PopulationStability.Result> characteristics) {}

    public Report report() {
        Scorecard scorecard = models.current();
        ScorecardModel model = scorecard.model();
        String version = model.version();
        List<PopulationStability.Result> results = new ArrayList<>();
        for (ScorecardModel.Characteristic c : model.characteristics()) {
            Map<String, Long> expected = new LinkedHashMap<>();
            c.bins().forEach(b -> expected.put(b.bin(), (long) b.goods() + b.bads()));
            results.add(PopulationStability.compare(
                    c.feature().name(),
                    c.feature().bins(),
                    expected,
                    countBy("bins." + c.feature().name(), version)));
        }
        Map<String, Long> expectedGrades = new LinkedHashMap<>();
        model.holdOut().calibration().forEach(g -> expectedGrades.put(g.grade(), (long) g.applicants()));
        PopulationStability.Result overall = PopulationStability.compare(
                "OVERALL", new ArrayList<>(expectedGrades.keySet()), expectedGrades, countBy("grade", version));
        return new Report(version, overall, results);
    }

    /** Refreshes the gauges (every instance reads the same shared log). */
    @Scheduled(fixedDelayString = "${peerlend.scoring.monitoring.refresh:PT5M}", initialDelayString = "PT30S")
    public void refresh() {
        Report report = report();
        put(report.overall());
        report.characteristics().forEach(this::put);
    }

    private void put(PopulationStability.Result result) {
        latest.put(result.name(), result.psi() == null ? Double.NaN : result.psi());
    }

    private Map<String, Long> countBy(String field, String modelVersion) {
        Aggregation aggregation = Aggregation.newAggregation(
                // staff what-if scores are not applicants: they stay out of what regulators are shown
                Aggregation.match(Criteria.where("modelVersion")
                        .is(modelVersion)
                        .and("kind")
                        .ne("STAFF_WHAT_IF")),
                Aggregation.group(field).count().as("n"));
        Map<String, Long> counts = new HashMap<>();
        for (Document row :
                mongo.aggregate(aggregation, SCORE_LOG, Document.class).getMappedResults()) {
            Object key = row.get("_id");
            if (key != null) {
                counts.put(key.toString(), ((Number) row.get("n")).longValue());
            }
        }
        return counts;
    }
}
