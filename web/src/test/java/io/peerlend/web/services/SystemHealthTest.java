package io.peerlend.web.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.sun.net.httpserver.HttpServer;
import io.peerlend.platform.discovery.ReadinessProbe;
import io.peerlend.web.services.SystemHealth.Alert;
import io.peerlend.web.services.SystemHealth.Alerts;
import io.peerlend.web.services.SystemHealth.Breaker;
import io.peerlend.web.services.SystemHealth.Instance;
import io.peerlend.web.services.SystemHealth.Processor;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;

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
            peerlend_axon_processor_lag_events{application="lending",processor="lending-payments"} 2.0
            peerlend_axon_processor_lag_seconds{application="lending",processor="lending-quotes"} 75.5
            peerlend_axon_processor_lag_seconds{application="lending",processor="lending-payments"} 12.0
            peerlend_axon_processor_segments{application="lending",processor="lending-payments"} 0.0
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
                        new Processor("lending-payments", 2, 12, 0, 0),
                        new Processor("lending-quotes", 3, 75, 1, 1),
                        new Processor("lending-scoring", 4200, 0, 1, 0));
        // a processor held nowhere (or by a hung instance) shows behind once its oldest event has waited 10 s
        assertThat(lending.processors())
                .extracting(Processor::state)
                .containsExactly("elsewhere", "current", "behind", "failing", "behind");
        assertThat(lending.breakers()).containsExactly(new Breaker("kyc", "closed"), new Breaker("scoring", "open"));
    }

    @Test
    void givenAnAlertManagerWithTwoAlertsFiring_whenAsked_thenTheCriticalOneComesFirst() throws Exception {
        HttpServer alertManager = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        List<String> asked = new CopyOnWriteArrayList<>();
        alertManager.createContext("/api/v2/alerts", exchange -> {
            asked.add(exchange.getRequestURI().getQuery());
            byte[] body = """
                    [{"labels":{"alertname":"PeerlendProcessorStale","severity":"warning","processor":"lending-book"},
                      "annotations":{"summary":"lending-book has handled nothing for 10 minutes"},
                      "startsAt":"2027-01-31T10:05:00Z","status":{"state":"active"}},
                     {"labels":{"alertname":"PeerlendCloseOfBusinessLate","severity":"critical"},
                      "annotations":{"summary":"no close of business for 2027-01-30"},
                      "startsAt":"2027-01-31T06:00:00Z","status":{"state":"active"}}]""".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        alertManager.start();
        try {
            String url = "http://127.0.0.1:" + alertManager.getAddress().getPort() + "/";
            Alerts alerts = new SystemHealth(null, "", url, name -> List.of()).alerts();

            assertThat(alerts.configured()).isTrue();
            assertThat(alerts.firing())
                    .extracting(Alert::name, Alert::severity)
                    .containsExactly(
                            tuple("PeerlendCloseOfBusinessLate", "critical"),
                            tuple("PeerlendProcessorStale", "warning"));
            assertThat(alerts.firing().get(1).summary()).isEqualTo("lending-book has handled nothing for 10 minutes");
            // only what is firing now: neither silenced nor inhibited
            assertThat(asked).containsExactly("active=true&silenced=false&inhibited=false");
        } finally {
            alertManager.stop(0);
        }
    }

    @Test
    void givenNoAlertManager_thenThePageSaysSoAndOneThatDoesNotAnswerShowsAsUnknown() {
        assertThat(new SystemHealth(null, "", "", name -> List.of()).alerts()).isEqualTo(new Alerts(false, List.of()));
        assertThat(new SystemHealth(null, "", "http://127.0.0.1:9", name -> List.of())
                        .alerts()
                        .firing())
                .isNull();
    }

    @Test
    void givenAServiceNamingItsPodsHeadlessService_thenEveryPodIsAskedOnItsManagementPort() {
        ServiceInstance service = new DefaultServiceInstance(
                "lending",
                "lending",
                "lending",
                8080,
                false,
                Map.of("management-port", "8081", "pods", "lending-peers"));
        SystemHealth health = new SystemHealth(
                null, "", "", name -> name.equals("lending-peers") ? List.of("10.0.0.7", "10.0.0.8") : List.of());

        assertThat(health.each(service))
                .extracting(i -> ReadinessProbe.uri(i, "/actuator/health").toString())
                .containsExactly("http://10.0.0.7:8081/actuator/health", "http://10.0.0.8:8081/actuator/health");
        // a name that does not resolve (outside the cluster): the instance itself
        ServiceInstance local =
                new DefaultServiceInstance("kyc", "kyc", "127.0.0.1", 8083, false, Map.of("pods", "kyc-peers"));
        assertThat(health.each(local)).containsExactly(local);
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
