package io.peerlend.platform.clients;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;

/**
 * A call to an outside party (a credit bureau, an identity service) behind a time limit and a circuit breaker
 * (Resilience4j), never retried: such calls are charged for or leave a footprint. A slow or failing party turns into
 * the port's own "unavailable" exception quickly; 50% failures over the last 20 calls (10 at least) open the breaker
 * for 30 s.
 */
public final class TimeLimitedCall {

    private final String name;
    private final TimeLimiter timeLimiter;
    private final CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();
    private final CircuitBreaker circuitBreaker;
    private final ExecutorService executor;

    public TimeLimitedCall(String name, Duration timeout) {
        this.name = name;
        this.timeLimiter = TimeLimiter.of(TimeLimiterConfig.custom()
                .timeoutDuration(timeout)
                .cancelRunningFuture(true)
                .build());
        this.circuitBreaker = breakers.circuitBreaker(
                name,
                CircuitBreakerConfig.custom()
                        .slidingWindowSize(20)
                        .minimumNumberOfCalls(10)
                        .failureRateThreshold(50)
                        .waitDurationInOpenState(Duration.ofSeconds(30))
                        .build());
        this.executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** The breaker as Resilience4j's standard metrics ({@code resilience4j_circuitbreaker_state{name="..."}}). */
    public void bindTo(MeterRegistry meters) {
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
    }

    /**
     * The work's answer; its own {@code unavailable} exception passes through, anything else (a time-out, an open
     * breaker, an error) becomes one made by {@code unavailable}.
     */
    public <T, X extends RuntimeException> T call(
            Callable<T> work, Class<X> unavailableType, BiFunction<String, Exception, X> unavailable) {
        try {
            return circuitBreaker.executeCallable(() -> timeLimiter.executeFutureSupplier(() -> executor.submit(work)));
        } catch (CallNotPermittedException e) {
            throw unavailable.apply(name + " circuit open", e);
        } catch (Exception e) {
            if (unavailableType.isInstance(e)) {
                throw unavailableType.cast(e);
            }
            throw unavailable.apply(name + " did not answer: " + e.getClass().getSimpleName(), e);
        }
    }
}
