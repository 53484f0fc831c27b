package io.peerlend.scoring.bureau;

import io.micrometer.core.instrument.MeterRegistry;
import io.peerlend.platform.clients.TimeLimitedCall;
import io.peerlend.scoring.api.BureauSubject;
import io.peerlend.scoring.bureau.domain.BureauReport;
import io.peerlend.scoring.bureau.domain.BureauUnavailableException;
import io.peerlend.scoring.bureau.domain.CreditBureau;
import java.time.Duration;
import java.util.Optional;

/**
 * Any bureau adapter behind a time limit and a circuit breaker ({@link TimeLimitedCall}): a slow or failing agency
 * makes the lookup {@link BureauUnavailableException} quickly, and the decision goes on with the applicant's declared
 * data. Lookups are not retried here: an application search leaves a footprint on the subject's file.
 */
public final class ResilientCreditBureau implements CreditBureau {

    private final CreditBureau delegate;
    private final TimeLimitedCall call;

    public ResilientCreditBureau(CreditBureau delegate, Duration timeout) {
        this.delegate = delegate;
        this.call = new TimeLimitedCall("credit-bureau", timeout);
    }

    /** The breaker as Resilience4j's standard metrics ({@code resilience4j_circuitbreaker_state{name="credit-bureau"}}). */
    public void bindTo(MeterRegistry meters) {
        call.bindTo(meters);
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public Optional<BureauReport> lookup(BureauSubject subject) {
        return call.call(
                () -> delegate.lookup(subject), BureauUnavailableException.class, BureauUnavailableException::new);
    }
}
