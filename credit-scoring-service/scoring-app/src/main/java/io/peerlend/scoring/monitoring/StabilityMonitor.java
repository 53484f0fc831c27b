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
    private static final String OVERALL = "OVERALL";
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
        names.add(OVERALL);
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
        Map<String, Map<String, Long>> counts = countAll(model, version);
        List<PopulationStability.Result> results = new ArrayList<>();
        for (ScorecardModel.Characteristic c : model.characteristics()) {
            Map<String, Long> expected = new LinkedHashMap<>();
            c.bins().forEach(b -> expected.put(b.bin(), (long) b.goods() + b.bads()));
            String name = c.feature().name();
            results.add(PopulationStability.compare(name, c.feature().bins(), expected, counts.get(name)));
        }
        Map<String, Long> expectedGrades = new LinkedHashMap<>();
        model.holdOut().calibration().forEach(g -> expectedGrades.put(g.grade(), (long) g.applicants()));
        PopulationStability.Result overall = PopulationStability.compare(
                OVERALL, new ArrayList<>(expectedGrades.keySet()), expectedGrades, counts.get(OVERALL));
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

    /**
     * The model version's applicant scores counted by grade ({@link #OVERALL}) and by each characteristic's bin, in one
     * pass over the log: one aggregation with a facet per count, not one aggregation (and one scan) each.
     */
    private Map<String, Map<String, Long>> countAll(ScorecardModel model, String modelVersion) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(OVERALL, "$grade");
        model.characteristics()
                .forEach(c ->
                        fields.put(c.feature().name(), "$bins." + c.feature().name()));
        Document facets = new Document();
        fields.forEach((name, field) -> facets.append(
                name,
                List.of(new Document("$group", new Document("_id", field).append("n", new Document("$sum", 1))))));
        List<Document> pipeline = List.of(
                // staff what-if scores are not applicants: they stay out of what regulators are shown
                new Document(
                        "$match",
                        new Document("modelVersion", modelVersion)
                                .append("kind", new Document("$ne", "STAFF_WHAT_IF"))),
                new Document("$facet", facets));
        Document result = mongo.getCollection(SCORE_LOG).aggregate(pipeline).first();
        Map<String, Map<String, Long>> counts = new HashMap<>();
        for (String name : fields.keySet()) {
            Map<String, Long> byValue = new HashMap<>();
            for (Document row :
                    result == null ? List.<Document>of() : result.getList(name, Document.class, List.of())) {
                Object key = row.get("_id");
                if (key != null) {
                    byValue.put(key.toString(), ((Number) row.get("n")).longValue());
                }
            }
            counts.put(name, byValue);
        }
        return counts;
    }
}
