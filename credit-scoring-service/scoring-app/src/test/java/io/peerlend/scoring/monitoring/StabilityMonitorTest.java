package io.peerlend.scoring.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.peerlend.platform.testing.RecordingMongo;
import io.peerlend.scoring.models.ModelRegistry;
import io.peerlend.scoring.scorecard.Feature;
import io.peerlend.scoring.scorecard.stability.PopulationStability;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Population stability counted from the score log, on the real read side. */
class StabilityMonitorTest {

    private static final String MODEL = "german-credit-2";

    private final RecordingMongo recorded = new RecordingMongo("stability");
    private final ModelRegistry models = new ModelRegistry(List.of(MODEL), MODEL);
    private final StabilityMonitor monitor =
            new StabilityMonitor(recorded.template(), models, new SimpleMeterRegistry());

    @AfterEach
    void close() {
        recorded.close();
    }

    private void logged(String model, String kind, String grade, String ageBin) {
        recorded.template()
                .getCollection("score_log")
                .insertOne(new Document("modelVersion", model)
                        .append("kind", kind)
                        .append("grade", grade)
                        .append("bins", new Document(Feature.AGE.name(), ageBin)));
    }

    @Test
    void givenApplicantsScores_whenReported_thenCountedByGradeAndByBinInOnePassOverTheLog() {
        String gradeA = models.current().model().holdOut().calibration().get(0).grade();
        String gradeB = models.current().model().holdOut().calibration().get(1).grade();
        String young = Feature.AGE.bins().get(0);
        String older = Feature.AGE.bins().get(1);
        // given three applicants' scores of the current model, a staff what-if and a score of another model
        logged(MODEL, "APPLICATION", gradeA, young);
        logged(MODEL, "APPLICATION", gradeA, young);
        logged(MODEL, null, gradeB, older); // logged before kinds were recorded: an applicant's
        logged(MODEL, "STAFF_WHAT_IF", gradeB, older);
        logged("german-credit-1", "APPLICATION", gradeB, older);
        recorded.clear();

        // when the report is made
        StabilityMonitor.Report report = monitor.report();

        // then only the three applicants of the current model are counted, by grade and by bin (shares to 6 places)
        assertThat(report.overall().actualCount()).isEqualTo(3);
        assertThat(shares(report.overall())).containsEntry(gradeA, 0.666667).containsEntry(gradeB, 0.333333);
        PopulationStability.Result age = report.characteristics().stream()
                .filter(r -> r.name().equals(Feature.AGE.name()))
                .findFirst()
                .orElseThrow();
        assertThat(age.actualCount()).isEqualTo(3);
        assertThat(shares(age)).containsEntry(young, 0.666667).containsEntry(older, 0.333333);
        // and the log was read once for all of them
        assertThat(recorded.commands()).containsExactly(new RecordingMongo.Command("aggregate", "score_log"));
    }

    private static Map<String, Double> shares(PopulationStability.Result result) {
        return result.bins().stream()
                .collect(
                        Collectors.toMap(PopulationStability.BinShift::bin, PopulationStability.BinShift::actualShare));
    }
}
