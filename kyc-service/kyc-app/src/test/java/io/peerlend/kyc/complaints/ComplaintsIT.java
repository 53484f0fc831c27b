package io.peerlend.kyc.complaints;

import static io.peerlend.platform.testing.ServiceTests.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.peerlend.platform.testing.ServiceTests;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Complaints through the KYC service's API, on the real event store and read side: raised and acknowledged with the
 * profile's deadline, the text sealed in the store, answered by an officer (the read audited), escalated by the
 * customer, and bad input refused without a trace.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ComplaintsIT {

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        ServiceTests.useEventStore(registry);
        ServiceTests.useReadSide(registry, "kyc-complaints-it");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private ResultActions raise(String customer, String role, String body, String key) throws Exception {
        var request = post("/api/kyc/complaints")
                .with(caller(customer, role))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
        return mvc.perform(key == null ? request : request.header("Idempotency-Key", key));
    }

    @Test
    void givenABorrower_whenTheyComplain_thenAcknowledgedWithTheDeadline_answeredByAnOfficer_andEscalatable()
            throws Exception {
        String borrower = "b-" + UUID.randomUUID();
        String body = """
                {"category": "LOAN_TERMS_AND_FEES", "reference": "loan-42",
                 "description": "I was charged a late fee although I paid on the due date."}""";
        // when they complain (twice with one key: a retried form)
        String id = JsonPath.read(
                raise(borrower, "borrower", body, "form-1")
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.finalResponseDue")
                                .value(LocalDate.now(ZoneId.of("Europe/London"))
                                        .plusWeeks(8)
                                        .toString()))
                        .andExpect(jsonPath("$.acknowledgement", containsString("the Financial Ombudsman Service")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.complaintId");
        raise(borrower, "borrower", body, "form-1")
                .andExpect(jsonPath("$.complaintId").value(id));

        // then the text is sealed in the event store, and they read their complaint back
        String payload = jdbc.queryForObject(
                "SELECT convert_from(payload, 'UTF8') FROM domain_event_entry WHERE "
                        + "aggregate_identifier = ? AND sequence_number = 0",
                String.class,
                id);
        assertThat(payload).doesNotContain("late fee");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Integer.class, id))
                .isEqualTo(2);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(get("/api/kyc/complaints/mine").with(caller(borrower, "borrower")))
                        .andExpect(jsonPath("$[0].complaintId").value(id))
                        .andExpect(jsonPath("$[0].description", containsString("late fee")))
                        .andExpect(jsonPath("$[0].status").value("OPEN"))
                        .andExpect(jsonPath("$[0].overdue").value(false)));
        // and before any response, referring it to the ombudsman is too early
        mvc.perform(post("/api/kyc/complaints/" + id + "/escalation").with(caller(borrower, "borrower")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("due by")));

        // when an officer lists the open ones (no texts), opens it (audited) and responds
        mvc.perform(get("/api/kyc/complaints").param("status", "OPEN").with(caller("ops-1", "ops")))
                .andExpect(status().isOk());
        int audits = jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE " + "'%PersonalDataViewed'",
                Integer.class);
        mvc.perform(get("/api/kyc/complaints/" + id).with(caller("ops-1", "ops")))
                .andExpect(jsonPath("$.description", containsString("late fee")));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE " + "'%PersonalDataViewed'",
                        Integer.class))
                .isEqualTo(audits + 1);
        mvc.perform(post("/api/kyc/complaints/" + id + "/response")
                        .with(caller("ops-1", "ops"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"outcome": "UPHELD", "response": "We are sorry: the fee is refunded.", "redress": "12.00"}"""))
                .andExpect(status().isOk());
        mvc.perform(post("/api/kyc/complaints/" + id + "/response")
                        .with(caller("ops-2", "ops"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"outcome": "NOT_UPHELD", "response": "Again."}"""))
                .andExpect(status().isConflict());
        // and both staff actions, the refused one too, are in the audit log a supervisor reads
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            mvc.perform(get("/api/kyc/audit/staff-actions")
                            .param("staffId", "ops-1")
                            .with(caller("sup-1", "ops-supervisor")))
                    .andExpect(jsonPath("$[0].path").value("/api/kyc/complaints/" + id + "/response"))
                    .andExpect(jsonPath("$[0].status").value(200))
                    .andExpect(jsonPath("$[0].role").value("ops"))
                    .andExpect(jsonPath("$[0].service").value("kyc"));
            mvc.perform(get("/api/kyc/audit/staff-actions")
                            .param("staffId", "ops-2")
                            .with(caller("sup-1", "ops-supervisor")))
                    .andExpect(jsonPath("$[0].status").value(409));
        });
        mvc.perform(get("/api/kyc/audit/staff-actions").with(caller("ops-1", "ops")))
                .andExpect(status().isForbidden());

        // then the customer reads the response, and may take it to the ombudsman
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(get("/api/kyc/complaints/mine").with(caller(borrower, "borrower")))
                        .andExpect(jsonPath("$[0].status").value("RESOLVED"))
                        .andExpect(jsonPath("$[0].outcome").value("UPHELD"))
                        .andExpect(jsonPath("$[0].redress").value("12.00"))
                        .andExpect(jsonPath("$[0].withinDeadline").value(true))
                        .andExpect(jsonPath("$[0].response", startsWith("We are sorry"))));
        mvc.perform(post("/api/kyc/complaints/" + id + "/escalation").with(caller(borrower, "borrower")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reason").value("DISAGREES_WITH_RESPONSE"));
        // someone else's complaint is not theirs to escalate, nor to read
        mvc.perform(post("/api/kyc/complaints/" + id + "/escalation").with(caller("b-other", "borrower")))
                .andExpect(status().isNotFound());
    }

    @Test
    void givenBadInput_whenComplaining_thenEachFieldIsExplainedAndNothingIsStored() throws Exception {
        int before = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Integer.class);
        raise("b-x", "borrower", "{\"category\": \"WEATHER\", \"description\": \"\"}", null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("category"));
        raise("b-x", "borrower", "{\"category\": \"SERVICE\", \"description\": \"  \"}", null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("description"))
                .andExpect(jsonPath("$.errors[0].message").value("tell us what went wrong"));
        raise("b-x", "borrower", "{\"category\": \"SERVICE\", \"description\": \"slow\", \"role\": \"LENDER\"}", null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("role"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Integer.class))
                .isEqualTo(before);
        // and only staff list complaints; regulators do not read them here
        mvc.perform(get("/api/kyc/complaints").with(caller("b-x", "borrower"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/kyc/complaints").with(caller("r-1", "regulator"))).andExpect(status().isForbidden());
    }
}
