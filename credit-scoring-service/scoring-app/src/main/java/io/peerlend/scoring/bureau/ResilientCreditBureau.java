package io.peerlend.scoring.bureau;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.peerlend.scoring.api.BureauSubject;
import io.peerlend.scoring.bureau.domain.BureauReport;
import io.peerlend.scoring.bureau.domain.BureauUnavailableException;
import io.peerlend.scoring.bureau.domain.CreditBureau;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Any bureau adapter behind a time limit and a circuit breaker (Resilience4j): a slow or failing agency makes the
 * lookup {@link BureauUnavailableException} quickly, and the decision goes on with the applicant's declared data.
 * Lookups are not retried here: an application search leaves a footprint on the subject's file.
 */
public final class ResilientCreditBureau implements CreditBureau {

    private final CreditBureau delegate;
    private final TimeLimiter timeLimiter;
    private final CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();
    private final CircuitBreaker circuitBreaker;
    private final ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "credit-bureau");
        t.setDaemon(true);
        return t;
    });

    public ResilientCreditBureau(CreditBureau delegate, Duration timeout) {
        this.delegate = delegate;
        this.timeLimiter = TimeLimiter.of(TimeLimiterConfig.custom()
                .timeoutDuration(timeout)
                .cancelRunningFuture(true)
                .build());
        this.circuitBreaker = breakers.circuitBreaker(
                "credit-bureau",
                CircuitBreakerConfig.custom()
                        .slidingWindowSize(20)
                        .minimumNumberOfCalls(10)
                        .failureRateThreshold(50)
                        .waitDurationInOpenState(Duration.ofSeconds(30))
                        .build());
    }

    /** The breaker as Resilience4j's standard metrics ({@code resilience4j_circuitbreaker_state{name="credit-bureau"}}). */
    public void bindTo(MeterRegistry meters) {
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public Optional<BureauReport> lookup(BureauSubject subject) {
        try {
            return circuitBreaker.executeCallable(
                    () -> timeLimiter.executeFutureSupplier(() -> executor.submit(() -> delegate.lookup(subject))));
        } catch (BureauUnavailableException e) {
            throw e;
        } catch (CallNotPermittedException e) {
            throw new BureauUnavailableException("credit bureau circuit open", e);
        } catch (Exception e) {
            throw new BureauUnavailableException(
                    "credit bureau did not answer: " + e.getClass().getSimpleName(), e);
        }
    }
}
