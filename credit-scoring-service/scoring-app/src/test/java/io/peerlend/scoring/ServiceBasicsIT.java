package io.peerlend.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.peerlend.infra.testing.TestIssuer;
import io.peerlend.platform.readside.ReadModelIndexes;
import io.peerlend.platform.testing.ApiContract;
import io.peerlend.platform.testing.ServiceTests;
import io.peerlend.platform.testing.StoredEventSamples;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The service starts on real stores, publishes its OpenAPI and denies what it does not declare. */
@SpringBootTest
@AutoConfigureMockMvc
class ServiceBasicsIT {

    static final TestIssuer issuer = new TestIssuer();

    @AfterAll
    static void stopIssuer() {
        issuer.close();
    }

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        ServiceTests.useEventStore(registry);
        ServiceTests.useReadSide(registry, "scoring-it");
        ServiceTests.useIssuer(registry, issuer);
    }

    @Autowired
    MockMvc mvc;

    /** The API as published in docs/api/scoring.json: unchanged, or changed compatibly and regenerated (ApiContract). */
    @Test
    void givenThePublishedContract_whenTheServiceDescribesItsApi_thenItHoldsOrItsVersionSaysWhy() throws Exception {
        String generated =
                mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        new ApiContract("scoring").check(generated);
    }

    @Test
    void checks_tokens_itself_expired_foreign_and_misaddressed_ones_are_refused() throws Exception {
        ServiceTests.assertTokensChecked(mvc, "/api/scoring/models/current", issuer, "borrower");
    }

    @Test
    void publishes_openapi_without_a_token_and_keeps_actuator_off_the_api_port() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").exists());
        // health, probes and metrics answer on the management port only (the end-to-end tests reach it there)
        for (String path : new String[] {"/actuator/prometheus", "/actuator/health", "/actuator/health/readiness"}) {
            mvc.perform(get(path)).andExpect(status().isNotFound());
        }
    }

    @Test
    void an_undeclared_endpoint_is_closed_and_answers_with_a_problem_and_a_correlation_id() throws Exception {
        mvc.perform(get("/api/scoring/not-an-endpoint").header("X-Correlation-Id", "test-correlation-0001"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("X-Correlation-Id", "test-correlation-0001"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Autowired
    EventUpcasterChain upcasters;

    /**
     * Stored events are a contract: a sample of every event of this service's contract, as the store holds it, is
     * kept in {@code src/test/resources/stored-events} (a new type's with {@code -Dstored-events.write=true}, once),
     * and every sample still reads, field by field (docs/architecture.md, "Changing an event").
     */
    @Test
    void givenEveryStoredEventTypeOfTheContract_thenASampleIsKeptAndReadsBackWithEveryFieldIntact() {
        StoredEventSamples samples = new StoredEventSamples(Path.of("src/test/resources/stored-events"));
        List<Class<?>> events = StoredEventSamples.storedEvents("io.peerlend.scoring.api");
        if (Boolean.getBoolean("stored-events.write")) {
            samples.writeMissing(eventSerializer, events);
        }
        assertThat(samples.sampled())
                .as("run once with -Dstored-events.write=true for a new event type")
                .containsAll(events.stream().map(Class::getSimpleName).toList());
        Map<String, Class<?>> read = samples.readAll(eventSerializer, upcasters);
        read.forEach((sample, type) -> assertThat(type.getSimpleName()).isEqualTo(sample));
        assertThat(read.values()).containsAll(events);
    }

    @Autowired
    ReadModelIndexes readModelIndexes;

    @Autowired
    MongoTemplate readSide;

    @Test
    void givenTheServiceStarted_thenEveryReadModelIndexItDeclaresExists() {
        assertThat(readModelIndexes.all()).isNotEmpty();
        assertThat(readModelIndexes.missingIn(readSide)).isEmpty();
    }
}
