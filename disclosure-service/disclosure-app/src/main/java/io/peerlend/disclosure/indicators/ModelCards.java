package io.peerlend.disclosure.indicators;

import io.peerlend.scoring.scorecard.ScorecardJson;
import io.peerlend.scoring.scorecard.ScorecardModel;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The published model cards of the credit scorecard, by version (the artefacts the scoring service scores with): what
 * the population stability indicator compares live grades against. A version not bundled has no card (no value).
 */
@Component
class ModelCards {

    private final Map<String, Map<String, Long>> holdOutGrades = new ConcurrentHashMap<>();

    /** Applicants per grade in the version's hold-out set, in grade order; empty for an unknown version. */
    Map<String, Long> validatedGrades(String version) {
        return holdOutGrades.computeIfAbsent(version, v -> {
            try {
                ScorecardModel model = ScorecardJson.bundled(v);
                Map<String, Long> grades = new LinkedHashMap<>();
                model.holdOut().calibration().forEach(c -> grades.put(c.grade(), (long) c.applicants()));
                return grades;
            } catch (IOException e) {
                return Map.of();
            }
        });
    }
}
