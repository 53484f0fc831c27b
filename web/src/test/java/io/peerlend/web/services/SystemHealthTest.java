package io.peerlend.web.services;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.web.services.SystemHealth.Breaker;
import io.peerlend.web.services.SystemHealth.Instance;
import io.peerlend.web.services.SystemHealth.Processor;
import org.junit.jupiter.api.Test;

/** An instance's health and Prometheus text read as the system page shows them. */
class SystemHealthTest {

    private static final String HEALTH = """
            {"status":"UP","components":{"db":{"status":"UP"},"mongo":{"status":"DOWN"},"ping":{"status":"UP"}},
             "groups":["liveness","readiness"]}""";

    private static final String METRICS = """
            # HELP peerlend_axon_processor_lag_events events between the event store's head and this processor
            # TYPE peerlend_axon_processor_lag_events gauge
            peerlend_axon_processor_lag_events{application="lending",processor="lending-quotes"} 3.0
            peerlend_axon_processor_lag_events{application="lending",processor="lending-ledger"} 0.0
            peerlend_axon_processor_lag_events{application="lending",processor="lending-scoring"} 4200.0
            peerlend_axon_processor_lag_events{application="lending",processor="lending-book"} 0.0
            peerlend_axon_processor_lag_seconds{application="lending",processor="lending-quotes"} 75.5
            peerlend_axon_processor_segments{application="lending",processor="lending-quotes"} 1.0
            peerlend_axon_processor_segments{application="lending",processor="lending-ledger"} 2.0
            peerlend_axon_processor_segments{application="lending",processor="lending-scoring"} 1.0
            peerlend_axon_processor_segments{application="lending",processor="lending-book"} 0.0
            peerlend_axon_processor_segments_failing{application="lending",processor="lending-quotes"} 1.0
            peerlend_axon_processor_segments_failing{application="lending",processor="lending-ledger"} 0.0
            peerlend_axon_processor_segments_failing{application="lending",processor="lending-scoring"} 0.0
            resilience4j_circuitbreaker_state{application="lending",name="scoring",state="closed"} 0.0
            resilience4j_circuitbreaker_state{application="lending",name="scoring",state="open"} 1.0
            resilience4j_circuitbreaker_state{application="lending",name="kyc",state="closed"} 1.0
            jvm_threads_live_threads{application="lending"} 57.0
            """;

    @Test
    void givenAProcessorHeldBackAndAnOpenBreaker_whenRead_thenEachShowsWhatIsWrong() {
        Instance lending = SystemHealth.read("lending", "10.0.0.7:8080", HEALTH, METRICS);

        assertThat(lending.status()).isEqualTo("UP");
        assertThat(lending.dependencies()).containsEntry("db", "UP").containsEntry("mongo", "DOWN");
        assertThat(lending.processors())
                .containsExactly(
                        new Processor("lending-book", 0, 0, 0, 0),
                        new Processor("lending-ledger", 0, 0, 2, 0),
                        new Processor("lending-quotes", 3, 75, 1, 1),
                        new Processor("lending-scoring", 4200, 0, 1, 0));
        assertThat(lending.processors())
                .extracting(Processor::state)
                .containsExactly("elsewhere", "current", "failing", "behind");
        assertThat(lending.breakers()).containsExactly(new Breaker("kyc", "closed"), new Breaker("scoring", "open"));
    }

    @Test
    void givenAnInstanceThatDoesNotAnswer_thenItIsDownWithNothingElseClaimed() {
        Instance gone = SystemHealth.read("kyc", "10.0.0.9:8080", null, null);

        assertThat(gone.status()).isEqualTo("DOWN");
        assertThat(gone.dependencies()).isEmpty();
        assertThat(gone.processors()).isEmpty();
        assertThat(gone.breakers()).isEmpty();
    }
}
