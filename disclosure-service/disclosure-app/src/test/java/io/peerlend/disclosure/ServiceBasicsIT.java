package io.peerlend.disclosure;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.peerlend.infra.testing.TestIssuer;
import io.peerlend.platform.testing.ServiceTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
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
        ServiceTests.useReadSide(registry, "disclosure-it");
        ServiceTests.useIssuer(registry, issuer);
    }

    @Autowired
    MockMvc mvc;

    @Test
    void checks_tokens_itself_expired_foreign_and_misaddressed_ones_are_refused() throws Exception {
        ServiceTests.assertTokensChecked(mvc, "/api/disclosure/alerts", issuer, "regulator");
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
        mvc.perform(get("/api/disclosure/not-an-endpoint").header("X-Correlation-Id", "test-correlation-0001"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("X-Correlation-Id", "test-correlation-0001"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
