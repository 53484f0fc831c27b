package io.peerlend.scoring.models.web;

import io.peerlend.scoring.models.ModelRegistry;
import io.peerlend.scoring.scorecard.Scorecard;
import io.peerlend.scoring.scorecard.ScorecardModel;
import io.swagger.v3.oas.annotations.Operation;
import java.util.NoSuchElementException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The model card: training data and licence, characteristics with their bins, weights of evidence and points, the
 * grade boundaries, hold-out AUC, Gini, KS and the calibration table, and the training date.
 */
@RestController
@RequestMapping("/api/scoring/models")
class ModelCardController {

    private final ModelRegistry models;

    ModelCardController(ModelRegistry models) {
        this.models = models;
    }

    @Operation(summary = "The model card of the scorecard in use (any signed-in user)")
    @GetMapping("/current")
    ScorecardModel current() {
        return models.current().model();
    }

    @Operation(summary = "The model card of one scorecard version (any signed-in user)")
    @GetMapping("/{version}")
    ScorecardModel version(@PathVariable String version) {
        return models.find(version)
                .map(Scorecard::model)
                .orElseThrow(() -> new NoSuchElementException("no model version " + version));
    }
}
