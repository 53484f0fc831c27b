package io.peerlend.lending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.ResourceAccessException;

/** A call to another service whose breaker opens is seen in the metrics the dashboard and the alert read. */
class ResilientCallTest {

    @Test
    void whenTheOtherServiceKeepsFailing_thenTheOpenBreakerShowsInTheMetrics() {
        // given a call to the scoring service, published as metrics
        ResilientCall call = new ResilientCall("scoring", Duration.ofMillis(1), 1, Duration.ofMinutes(1));
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        call.bindTo(meters);
        assertThat(state(meters, "closed")).isEqualTo(1);

        // when five calls in a row fail
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> call.call(() -> {
                        throw new ResourceAccessException("connection refused");
                    }))
                    .isInstanceOf(ResourceAccessException.class);
        }

        // then the breaker is open, and the metric says so
        assertThat(call.circuitState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(state(meters, "open")).isEqualTo(1);
        assertThat(state(meters, "closed")).isZero();
    }

    private static double state(SimpleMeterRegistry meters, String state) {
        return meters.get("resilience4j.circuitbreaker.state")
                .tag("name", "scoring")
                .tag("state", state)
                .gauge()
                .value();
    }
}
