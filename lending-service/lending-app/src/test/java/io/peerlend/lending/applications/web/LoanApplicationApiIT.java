package io.peerlend.lending.applications.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.peerlend.infra.testing.TestStores;
import io.peerlend.platform.security.KeycloakRoles;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The lending service against real PostgreSQL (event store) and a real MongoDB wire server (read side). */
@SpringBootTest
@AutoConfigureMockMvc
class LoanApplicationApiIT {

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestStores.postgres().jdbcUrl());
        registry.add("spring.datasource.username", () -> TestStores.postgres().username());
        registry.add("spring.mongodb.uri", () -> TestStores.mongo().uri("lending-it"));
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    private static final String VALID = """
            {"amount": "5000.00", "termMonths": 36, "purpose": "CAR"}""";

    @Test
    void a_borrower_submits_an_application_which_is_stored_as_an_event_and_read_back_from_the_projection()
            throws Exception {
        // when borrower b-1 submits
        MvcResult created = mvc.perform(post("/api/lending/applications").with(user("b-1", "borrower"))
                        .contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(header().exists("X-Correlation-Id"))
                .andExpect(jsonPath("$.amount").value("5000.00"))
                .andExpect(jsonPath("$.currency").value("GBP"))
                .andReturn();
        String id = com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsString(), "$.id");

        // then the event is in the PostgreSQL event store
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Integer.class, id)).isEqualTo(1);
        // and the projection serves it to its owner
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                mvc.perform(get("/api/lending/applications/" + id).with(user("b-1", "borrower")))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.termMonths").value(36))
                        .andExpect(jsonPath("$.status").value("SUBMITTED")));
        // but another borrower cannot tell it exists, while operations staff can read it
        mvc.perform(get("/api/lending/applications/" + id).with(user("b-2", "borrower")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/lending/applications/" + id).with(user("o-1", "ops")))
                .andExpect(status().isOk());
    }

    @Test
    void bad_input_gets_a_problem_naming_each_field_and_stores_nothing() throws Exception {
        Integer before = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Integer.class);
        mvc.perform(post("/api/lending/applications").with(user("b-1", "borrower"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"amount": "12.3456", "purpose": "CAR"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'amount')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'termMonths')]").exists());
        mvc.perform(post("/api/lending/applications").with(user("b-1", "borrower"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"amount": "50.00", "termMonths": 18, "purpose": "CAR"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'amount')].message").value("must be between 1000.00 and 25000.00"))
                .andExpect(jsonPath("$.errors[?(@.field == 'termMonths')]").exists());
        mvc.perform(post("/api/lending/applications").with(user("b-1", "borrower"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"amount": "5000.00", "termMonths": 36, "purpose": "YACHT"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("purpose"));
        mvc.perform(post("/api/lending/applications").with(user("b-1", "borrower"))
                        .contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Integer.class)).isEqualTo(before);
    }

    @Test
    void only_borrowers_submit_and_callers_without_a_token_are_turned_away() throws Exception {
        mvc.perform(post("/api/lending/applications").with(user("r-1", "regulator"))
                        .contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/lending/applications").contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/lending/anything-else").with(user("o-1", "ops")))
                .andExpect(status().isForbidden());
    }

    private static JwtRequestPostProcessor user(String subject, String... roles) {
        return jwt().jwt(j -> j.subject(subject).claim("realm_access", Map.of("roles", List.of(roles))))
                .authorities(new KeycloakRoles());
    }
}
