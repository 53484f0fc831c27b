package io.peerlend.kyc.identity;

import io.micrometer.core.instrument.MeterRegistry;
import io.peerlend.kyc.identity.domain.ElectronicIdentityVerification;
import io.peerlend.kyc.identity.domain.IdentityServiceUnavailableException;
import io.peerlend.platform.clients.TimeLimitedCall;
import java.time.Duration;

/**
 * Any identity verification adapter behind a time limit and a circuit breaker ({@link TimeLimitedCall}): a slow or
 * failing service makes the check {@link IdentityServiceUnavailableException} quickly, and onboarding goes on without
 * that evidence (the customer is referred to an officer, as without it). Not retried: each check is charged for and
 * may leave a footprint on the subject's credit file.
 */
public final class ResilientElectronicIdentity implements ElectronicIdentityVerification {

    private final ElectronicIdentityVerification delegate;
    private final TimeLimitedCall call;

    public ResilientElectronicIdentity(ElectronicIdentityVerification delegate, Duration timeout) {
        this.delegate = delegate;
        this.call = new TimeLimitedCall("identity-verification", timeout);
    }

    /** The breaker as metrics ({@code resilience4j_circuitbreaker_state{name="identity-verification"}}). */
    public void bindTo(MeterRegistry meters) {
        call.bindTo(meters);
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public Outcome verify(Subject subject) {
        return call.call(
                () -> delegate.verify(subject),
                IdentityServiceUnavailableException.class,
                IdentityServiceUnavailableException::new);
    }
}
