package io.peerlend.lending.scoring;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.peerlend.scoring.api.CreditDecision;
import io.peerlend.scoring.api.ScoreRequest;
import java.time.Duration;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Calls {@code POST /api/scoring/scores} with the lending service's client-credentials token, protected by
 * Resilience4j: each call has the HTTP client's time limit, failures are retried with exponential backoff (scoring is
 * idempotent: same input, same answer), and a circuit breaker stops calling a service that keeps failing.
 */
public class ScoringServiceClient implements CreditScoring {

    private final RestClient http;
    private final Retry retry;
    private final CircuitBreaker circuitBreaker;

    public ScoringServiceClient(RestClient http, Duration firstBackoff, int attempts, Duration openFor) {
        this.http = http;
        this.retry = Retry.of("scoring", RetryConfig.custom()
                .maxAttempts(attempts)
                .intervalFunction(IntervalFunction.ofExponentialBackoff(firstBackoff, 2.0))
                .retryExceptions(RestClientException.class)
                .build());
        this.circuitBreaker = CircuitBreaker.of("scoring", CircuitBreakerConfig.custom()
                .slidingWindowSize(10).minimumNumberOfCalls(5).failureRateThreshold(50)
                .waitDurationInOpenState(openFor).permittedNumberOfCallsInHalfOpenState(1)
                .build());
    }

    @Override
    public CreditDecision decide(ScoreRequest request) {
        try {
            return Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(circuitBreaker, () ->
                    http.post().uri("/api/scoring/scores").body(request).retrieve().body(CreditDecision.class))).get();
        } catch (RuntimeException e) {
            throw new ScoringUnavailableException("no credit decision: " + e.getClass().getSimpleName() + ": "
                    + e.getMessage(), e);
        }
    }

    CircuitBreaker.State circuitState() {
        return circuitBreaker.getState();
    }
}
