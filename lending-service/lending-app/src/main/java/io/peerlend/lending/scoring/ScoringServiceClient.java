package io.peerlend.lending.scoring;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import io.peerlend.lending.ResilientCall;
import io.peerlend.scoring.api.CreditDecision;
import io.peerlend.scoring.api.ScoreRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * Calls {@code POST /api/scoring/scores} (and reads the model card) with the lending service's client-credentials token, as a
 * {@link ResilientCall} (scoring is idempotent: same input, same answer, so retrying is safe).
 */
public class ScoringServiceClient implements CreditScoring, ScorecardGrades {

    private final RestClient http;
    private final ResilientCall resilient;

    public ScoringServiceClient(RestClient http, Duration firstBackoff, int attempts, Duration openFor) {
        this.http = http;
        this.resilient = new ResilientCall("scoring", firstBackoff, attempts, openFor);
    }

    @Override
    public CreditDecision decide(ScoreRequest request) {
        try {
            return resilient.call(() -> http.post()
                    .uri("/api/scoring/scores")
                    .body(request)
                    .retrieve()
                    .body(CreditDecision.class));
        } catch (RuntimeException e) {
            throw new ScoringUnavailableException(
                    "no credit decision: " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** The model card of the scorecard in use ({@code GET /api/scoring/models/current}): its grades' PDs. */
    @Override
    public ModelGrades current() {
        JsonNode card;
        try {
            card = resilient.call(() ->
                    http.get().uri("/api/scoring/models/current").retrieve().body(JsonNode.class));
        } catch (RuntimeException e) {
            throw new ScoringUnavailableException(
                    "no model card: " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
        Map<String, BigDecimal> pds = new LinkedHashMap<>();
        for (JsonNode grade : card.path("holdOut").path("calibration")) {
            String name = grade.path("grade").asString();
            if (!"DECLINE".equals(name) && grade.path("meanPredictedPd").isNumber()) {
                pds.put(name, grade.path("meanPredictedPd").decimalValue());
            }
        }
        if (pds.isEmpty()) {
            throw new ScoringUnavailableException("the model card gives no grade's PD", null);
        }
        return new ModelGrades(card.path("version").asString(), pds);
    }

    CircuitBreaker.State circuitState() {
        return resilient.circuitState();
    }

    /** The call's breaker and retry as metrics ({@link ResilientCall#bindTo}). */
    public void bindTo(MeterRegistry meters) {
        resilient.bindTo(meters);
    }
}
