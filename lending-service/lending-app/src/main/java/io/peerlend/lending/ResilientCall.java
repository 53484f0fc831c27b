package io.peerlend.lending;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.web.client.RestClientException;

/**
 * A call to another Peerlend service, protected by Resilience4j: the HTTP client's time limit bounds each attempt,
 * failures are retried with exponential backoff (only for idempotent reads and decisions), and a circuit breaker stops
 * calling a service that keeps failing so the caller's step waits and is retried later by its processor.
 */
public final class ResilientCall {

    private final RetryRegistry retries = RetryRegistry.ofDefaults();
    private final CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();
    private final Retry retry;
    private final CircuitBreaker circuitBreaker;

    public ResilientCall(String name, Duration firstBackoff, int attempts, Duration openFor) {
        this.retry = retries.retry(
                name,
                RetryConfig.custom()
                        .maxAttempts(attempts)
                        .intervalFunction(IntervalFunction.ofExponentialBackoff(firstBackoff, 2.0))
                        .retryExceptions(RestClientException.class)
                        .build());
        this.circuitBreaker = breakers.circuitBreaker(
                name,
                CircuitBreakerConfig.custom()
                        .slidingWindowSize(10)
                        .minimumNumberOfCalls(5)
                        .failureRateThreshold(50)
                        .waitDurationInOpenState(openFor)
                        .permittedNumberOfCallsInHalfOpenState(1)
                        .build());
    }

    public <T> T call(Supplier<T> call) {
        return Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(circuitBreaker, call))
                .get();
    }

    /**
     * Publishes the breaker and the retry as Resilience4j's standard metrics ({@code resilience4j_circuitbreaker_state}
     * and the call counts, tagged with the call's name), which the dashboard and the circuit-open alert read.
     */
    public void bindTo(MeterRegistry meters) {
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
        TaggedRetryMetrics.ofRetryRegistry(retries).bindTo(meters);
    }

    public CircuitBreaker.State circuitState() {
        return circuitBreaker.getState();
    }
}
