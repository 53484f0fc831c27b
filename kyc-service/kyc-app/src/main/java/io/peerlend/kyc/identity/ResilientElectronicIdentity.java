package io.peerlend.kyc.identity;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.peerlend.kyc.identity.domain.ElectronicIdentityVerification;
import io.peerlend.kyc.identity.domain.IdentityServiceUnavailableException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Any identity verification adapter behind a time limit and a circuit breaker (Resilience4j): a slow or failing
 * service makes the check {@link IdentityServiceUnavailableException} quickly, and onboarding goes on without that
 * evidence (the customer is referred to an officer, as without it). Not retried: each check is charged for and may
 * leave a footprint on the subject's credit file.
 */
public final class ResilientElectronicIdentity implements ElectronicIdentityVerification {

    private final ElectronicIdentityVerification delegate;
    private final TimeLimiter timeLimiter;
    private final CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();
    private final CircuitBreaker circuitBreaker;
    private final ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "identity-verification");
        t.setDaemon(true);
        return t;
    });

    public ResilientElectronicIdentity(ElectronicIdentityVerification delegate, Duration timeout) {
        this.delegate = delegate;
        this.timeLimiter = TimeLimiter.of(TimeLimiterConfig.custom()
                .timeoutDuration(timeout)
                .cancelRunningFuture(true)
                .build());
        this.circuitBreaker = breakers.circuitBreaker(
                "identity-verification",
                CircuitBreakerConfig.custom()
                        .slidingWindowSize(20)
                        .minimumNumberOfCalls(10)
                        .failureRateThreshold(50)
                        .waitDurationInOpenState(Duration.ofSeconds(30))
                        .build());
    }

    /** The breaker as Resilience4j's standard metrics ({@code resilience4j_circuitbreaker_state{name="identity-verification"}}). */
    public void bindTo(MeterRegistry meters) {
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public Outcome verify(Subject subject) {
        try {
            return circuitBreaker.executeCallable(
                    () -> timeLimiter.executeFutureSupplier(() -> executor.submit(() -> delegate.verify(subject))));
        } catch (IdentityServiceUnavailableException e) {
            throw e;
        } catch (CallNotPermittedException e) {
            throw new IdentityServiceUnavailableException("identity verification circuit open", e);
        } catch (Exception e) {
            throw new IdentityServiceUnavailableException(
                    "identity verification did not answer: " + e.getClass().getSimpleName(), e);
        }
    }
}
