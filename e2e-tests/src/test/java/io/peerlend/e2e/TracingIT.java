package io.peerlend.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * One trace per request across the platform: from the gateway through the lending service, the event processors that
 * handle what the request caused (each in its own span, continuing the request's trace from the events' metadata) and
 * the HTTP calls they make to the KYC and scoring services, collected by the development trace server (Zipkin); the
 * log lines those processors write carry the request's correlation id; and each command type is timed.
 */
class TracingIT extends EndToEndTest {

    @Test
    void one_application_is_one_trace_from_the_gateway_through_the_services_and_the_processors_that_quote_it()
            throws Exception {
        // given a verified borrower, and a trace context of the client's own (as a mobile app's SDK would send)
        String borrower = Journeys.verifiedBorrower(api, "Tia", "Tracer", "T1000001");
        SecureRandom random = new SecureRandom();
        String traceId = HexFormat.of().formatHex(random.generateSeed(16));
        String clientSpan = HexFormat.of().formatHex(random.generateSeed(8));

        // when the borrower submits one application
        Api.Response created = api.post(
                "/api/lending/applications",
                borrower,
                """
                {"amount": "3000.00", "termMonths": 12, "purpose": "CAR", %s}""".formatted(Api.DECLARATIONS),
                Map.of("traceparent", "00-" + traceId + "-" + clientSpan + "-01"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String applicationId = created.json().get("id").asText();

        // then the trace server holds one trace with spans from the gateway, the lending, KYC and scoring services,
        // and from the processors that checked the borrower's identity, scored the application and quoted it
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> {
                    Api.Response trace = api.getAt(platform.tracesUrl() + "/api/v2/trace/" + traceId, null);
                    assertThat(trace.status()).as(trace.body()).isEqualTo(200);
                    Set<String> services = new TreeSet<>();
                    Set<String> spans = new TreeSet<>();
                    for (JsonNode span : trace.json()) {
                        services.add(span.at("/localEndpoint/serviceName").asText());
                        spans.add(span.path("name").asText());
                        assertThat(span.path("traceId").asText()).isEqualTo(traceId);
                    }
                    assertThat(services).contains("gateway", "lending", "kyc", "scoring");
                    // Zipkin keeps span names in lower case
                    assertThat(spans)
                            .anyMatch(s -> s.equals("command submitloanapplication"))
                            .anyMatch(s -> s.startsWith("lending-kyc-gate "))
                            .anyMatch(s -> s.equals("lending-scoring borroweridentityconfirmed"))
                            .anyMatch(s -> s.equals("lending-quotes loanapplicationscored"));
                });

        // and the lending service's metrics time each command type, successes and failures apart
        String metrics = api.getAt(platform.managementUrl("lending") + "/actuator/prometheus", null)
                .body();
        assertThat(metrics)
                .containsPattern("successTimer_seconds_count\\{[^}]*payloadType=\"SubmitLoanApplication\"")
                .contains("failureTimer_seconds_count");

        // and the business figures operations watch are counted from the read models (every 30 s)
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(3))
                .untilAsserted(() -> assertThat(
                                api.getAt(platform.managementUrl("lending") + "/actuator/prometheus", null)
                                        .body())
                        .containsPattern("peerlend_applications\\{[^}]*status=\"(SCORED|QUOTED|DECLINED)\"}"));

        // and the line the scoring processor logged for this application carries the request's correlation id
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<String> lines = Files.readAllLines(platform.service("lending").logFile());
            assertThat(lines)
                    .filteredOn(l -> l.contains("application " + applicationId + " scored"))
                    .singleElement()
                    .satisfies(l -> assertThat(l)
                            .contains("\"correlationId\":\"" + created.correlationId() + "\"")
                            .contains(traceId));
        });
    }
}
