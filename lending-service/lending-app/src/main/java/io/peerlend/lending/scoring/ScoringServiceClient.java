package io.peerlend.lending.scoring;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import io.peerlend.lending.ResilientCall;
import io.peerlend.scoring.api.CreditDecision;
import io.peerlend.scoring.api.ScoreRequest;
import java.time.Duration;
import org.springframework.web.client.RestClient;

/**
 * Calls {@code POST /api/scoring/scores} with the lending service's client-credentials token, as a
 * {@link ResilientCall} (scoring is idempotent: same input, same answer, so retrying is safe).
 */
public class ScoringServiceClient implements CreditScoring {

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

    CircuitBreaker.State circuitState() {
        return resilient.circuitState();
    }

    /** The call's breaker and retry as metrics ({@link ResilientCall#bindTo}). */
    public void bindTo(MeterRegistry meters) {
        resilient.bindTo(meters);
    }
}
