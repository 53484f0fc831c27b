package io.peerlend.scoring.decisions.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.peerlend.platform.testing.ServiceTests;
import io.peerlend.scoring.decisions.readmodel.ScoreLog;
import io.peerlend.scoring.monitoring.StabilityMonitor;
import io.peerlend.scoring.scorecard.Feature;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
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

/** The scoring API over a real MongoDB wire server (score log). */
@SpringBootTest
@AutoConfigureMockMvc
class ScoringApiIT {

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        ServiceTests.useEventStore(registry);
        ServiceTests.useReadSide(registry, "scoring-api-it");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ScoreLog scoreLog;

    @Autowired
    StabilityMonitor monitor;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @Autowired
    JdbcTemplate jdbc;

    static String request(String applicationId, String income, String age) {
        return request(applicationId, income, age, null);
    }

    static String request(String applicationId, String income, String age, String postcode) {
        String subject = postcode == null ? "" : """
                , "bureauSubject": {"reference": "c-42", "fullName": "Sam Sandbox", "dateOfBirth": "1990-05-17",
                   "postcode": "%s"}""".formatted(postcode);
        return """
                {"applicationId": "%s", "amount": "5000.00",
                 "applicant": {"currentAccount": "LOW", "termMonths": 24, "creditHistory": "EXISTING_REPAID_ON_TIME",
                   "purpose": "CAR", "savings": "LOW", "employmentStatus": "EMPLOYED", "employmentYears": 3,
                   "property": "CAR_OR_OTHER", "age": %s, "otherInstalmentPlans": "NONE", "housing": "RENT",
                   "existingCredits": 1},
                 "finances": {"monthlyNetIncome": "%s", "monthlyOutgoings": "1200.00", "monthlyDebtPayments": "100.00"}
                 %s}
                """.formatted(applicationId, age, income, subject);
    }

    @Test
    void the_lending_service_gets_a_grade_pd_score_and_reasons_and_the_score_is_logged() throws Exception {
        String applicationId = UUID.randomUUID().toString();
        String body = mvc.perform(post("/api/scoring/scores")
                        .with(caller("svc-lending", "peerlend-service"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(request(applicationId, "2800.00", "31")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.grade").isString())
                .andExpect(jsonPath("$.pd").isNumber())
                .andExpect(jsonPath("$.score").isNumber())
                .andExpect(jsonPath("$.reasons").isArray())
                .andExpect(jsonPath("$.modelVersion").value("german-credit-2"))
                .andExpect(jsonPath("$.scoredAt").exists())
                .andExpect(jsonPath("$.affordability.passed").value(true))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat((List<?>) JsonPath.read(body, "$.reasons")).hasSizeLessThanOrEqualTo(4);

        List<ScoreLog.Entry> logged = scoreLog.forApplication(applicationId);
        assertThat(logged).hasSize(1);
        assertThat(logged.get(0).inputHash()).hasSize(64);
        assertThat(logged.get(0).grade()).isEqualTo(JsonPath.read(body, "$.grade"));
        assertThat(logged.get(0).bins()).containsEntry("TERM", "13_TO_24").doesNotContainKey("age");
    }

    @Test
    void the_same_input_and_model_give_the_same_answer() throws Exception {
        String first = mvc.perform(post("/api/scoring/scores")
                        .with(lendingService())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(request("same", "2800.00", "44")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String second = mvc.perform(post("/api/scoring/scores")
                        .with(lendingService())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(request("same", "2800.00", "44")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        for (String field : List.of("$.grade", "$.pd", "$.score", "$.reasons", "$.modelVersion")) {
            assertThat((Object) JsonPath.read(second, field)).isEqualTo(JsonPath.read(first, field));
        }
        List<ScoreLog.Entry> logged = scoreLog.forApplication("same");
        assertThat(logged).hasSize(2);
        assertThat(logged.get(0).inputHash()).isEqualTo(logged.get(1).inputHash());
    }

    @Test
    void a_bureau_file_replaces_declared_answers_and_a_bureau_outage_falls_back_to_declared_data() throws Exception {
        String declaredOnly = mvc.perform(post("/api/scoring/scores")
                        .with(lendingService())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(request("bureau-0", "2800.00", "31")))
                .andExpect(jsonPath("$.bureau.status").value("NOT_REQUESTED"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        // the sandbox file for SB2 2BB: overdrawn account, past delays, bank instalment credit
        String withFile = mvc.perform(post("/api/scoring/scores")
                        .with(lendingService())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(request("bureau-1", "2800.00", "31", "SB2 2BB")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bureau.status").value("USED"))
                .andExpect(jsonPath("$.bureau.bureau").value("sandbox"))
                .andExpect(jsonPath("$.bureau.replacedFields")
                        .value(Matchers.hasItems("currentAccount", "creditHistory", "otherInstalmentPlans")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(((Number) JsonPath.read(withFile, "$.score")).intValue())
                .isLessThan(((Number) JsonPath.read(declaredOnly, "$.score")).intValue());
        assertThat(scoreLog.forApplication("bureau-1").get(0).bins()).containsEntry("CURRENT_ACCOUNT", "OVERDRAWN");
        // a declared current account the bureau was not asked to confirm counts as neutral at best, and says so
        assertThat(JsonPath.<List<String>>read(declaredOnly, "$.reasons"))
                .contains(Feature.CURRENT_ACCOUNT.unconfirmedReason());
        // the sandbox file for SB1 1AA confirms a healthy account: no such reason, and more points than unconfirmed
        String confirmed = mvc.perform(post("/api/scoring/scores")
                        .with(lendingService())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(request("bureau-4", "2800.00", "31", "SB1 1AA")))
                .andExpect(jsonPath("$.bureau.status").value("USED"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(confirmed, "$.reasons"))
                .doesNotContain(Feature.CURRENT_ACCOUNT.unconfirmedReason());
        assertThat(((Number) JsonPath.read(confirmed, "$.score")).intValue())
                .isGreaterThan(((Number) JsonPath.read(declaredOnly, "$.score")).intValue());

        mvc.perform(post("/api/scoring/scores")
                        .with(lendingService())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(request("bureau-2", "2800.00", "31", "EC1A 1BB")))
                .andExpect(jsonPath("$.bureau.status").value("NOT_FOUND"))
                .andExpect(jsonPath("$.score").value(((Number) JsonPath.read(declaredOnly, "$.score")).intValue()));
        mvc.perform(post("/api/scoring/scores")
                        .with(lendingService())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(request("bureau-3", "2800.00", "31", "SB9 9ZZ")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bureau.status").value("UNAVAILABLE"))
                .andExpect(jsonPath("$.grade").value((String) JsonPath.read(declaredOnly, "$.grade")));
    }

    @Test
    void population_stability_is_reported_per_characteristic_and_overall_and_published_as_a_metric() throws Exception {
        for (String age : List.of("22", "23", "24", "45")) {
            mvc.perform(post("/api/scoring/scores")
                            .with(lendingService())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(request("psi-" + age, "2800.00", age)))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/api/scoring/monitoring/stability").with(caller("r-1", "regulator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.modelVersion").value("german-credit-2"))
                .andExpect(jsonPath("$.overall.actualCount").value(Matchers.greaterThanOrEqualTo(4)))
                .andExpect(jsonPath("$.overall.psi").isNumber())
                .andExpect(jsonPath("$.characteristics.length()").value(8))
                .andExpect(
                        jsonPath("$.characteristics[?(@.name == 'AGE')].status").exists());
        mvc.perform(get("/api/scoring/monitoring/stability").with(caller("b-1", "borrower")))
                .andExpect(status().isForbidden());
        monitor.refresh();
        assertThat(meters.find("peerlend.scoring.psi")
                        .tag("characteristic", "AGE")
                        .gauge())
                .isNotNull();
    }

    @Test
    void an_unaffordable_loan_is_declined_with_the_affordability_reason_first() throws Exception {
        mvc.perform(post("/api/scoring/scores")
                        .with(lendingService())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(request("poor", "1400.00", "40")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.grade").value("DECLINE"))
                .andExpect(jsonPath("$.affordability.passed").value(false))
                .andExpect(jsonPath("$.reasons[0]").value(Matchers.containsString("a month left")));
    }

    @Test
    void missing_or_invalid_features_get_400_naming_each_field() throws Exception {
        mvc.perform(post("/api/scoring/scores")
                        .with(lendingService())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"amount": "5000", "applicant": {"termMonths": 0, "age": 12},
                                 "finances": {"monthlyNetIncome": "lots"}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'applicant.age')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'applicant.termMonths')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'applicant.currentAccount')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'finances.monthlyNetIncome')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'finances.monthlyOutgoings')]")
                        .exists());
        mvc.perform(post("/api/scoring/scores")
                        .with(lendingService())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(request("x", "2800.00", "31")
                                .replace("\"LOW\", \"termMonths\"", "\"SOMETIMES\", \"termMonths\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("applicant.currentAccount"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("OVERDRAWN")));
    }

    @Test
    void borrowers_cannot_ask_for_scores_but_anyone_signed_in_reads_the_model_card() throws Exception {
        mvc.perform(post("/api/scoring/scores")
                        .with(caller("b-1", "borrower"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(request("b", "2800.00", "31")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/scoring/models/current").with(caller("b-1", "borrower")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value("german-credit-2"))
                .andExpect(jsonPath("$.comparedWith.version").value("german-credit-1"))
                .andExpect(jsonPath("$.comparedWith.holdOut.auc").isNumber())
                .andExpect(jsonPath("$.design[?(@ =~ /credit history: dropped.*/)]")
                        .exists())
                .andExpect(
                        jsonPath("$.characteristics[?(@.feature == 'SAVINGS')].evidence", Matchers.hasItem("DECLARED")))
                .andExpect(jsonPath("$.trainingData.licence").value("CC BY 4.0"))
                .andExpect(jsonPath("$.holdOut.auc").isNumber())
                .andExpect(jsonPath("$.holdOut.calibration.length()").value(7))
                .andExpect(jsonPath("$.grades[0].grade").value("A*"))
                .andExpect(jsonPath("$.trainedOn").exists());
        // and the first version, which scores already given were made with, is still served
        mvc.perform(get("/api/scoring/models/german-credit-1").with(caller("r-1", "regulator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.characteristics.length()").value(10));
        mvc.perform(get("/api/scoring/models/no-such-model").with(caller("r-1", "regulator")))
                .andExpect(status().isNotFound());
    }

    @Test
    void staff_score_only_with_a_purpose_on_declared_data_audited_and_kept_out_of_monitoring() throws Exception {
        // given the monitoring's count of applications so far
        long before = scoredApplications();

        // when a member of staff asks without a purpose, or for a credit bureau search, they are refused
        mvc.perform(post("/api/scoring/scores")
                        .with(caller("o-1", "ops"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(request("what-if-1", "2800.00", "31")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("purpose"));
        mvc.perform(post("/api/scoring/scores")
                        .with(caller("o-1", "ops"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(withPurpose(request("what-if-1", "2800.00", "31", "SB2 2BB"), "complaint C-1")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("bureauSubject"));
        assertThat(scoreLog.forApplication("what-if-1")).isEmpty();

        // and with a purpose on declared data they get a score
        mvc.perform(post("/api/scoring/scores")
                        .with(caller("o-1", "ops"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(withPurpose(request("what-if-1", "2800.00", "31"), "complaint C-1: re-check")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.grade").isString());

        // then the log keeps it as a staff what-if with its purpose, the monitoring does not count it
        ScoreLog.Entry logged = scoreLog.forApplication("what-if-1").get(0);
        assertThat(logged.kind()).isEqualTo(ScoreLog.Kind.STAFF_WHAT_IF);
        assertThat(logged.purpose()).isEqualTo("complaint C-1: re-check");
        assertThat(logged.requestedBy()).isEqualTo("o-1");
        assertThat(scoredApplications()).isEqualTo(before);
        // and each staff request, refused or answered, is in the audit trail of the event store
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domain_event_entry WHERE payload_type = "
                                + "'io.peerlend.platform.audit.StaffActionRecorded' AND convert_from(payload, 'UTF8') LIKE "
                                + "'%\"service\":\"scoring\"%' AND convert_from(payload, 'UTF8') LIKE '%\"staffId\":\"o-1\"%'",
                        Integer.class))
                .isGreaterThanOrEqualTo(3);
    }

    private long scoredApplications() {
        return monitor.report().overall().actualCount();
    }

    private static String withPurpose(String request, String purpose) {
        return request.substring(0, request.lastIndexOf('}')) + ", \"purpose\": \"" + purpose + "\"}";
    }

    private static JwtRequestPostProcessor lendingService() {
        return caller("svc-lending", "peerlend-service");
    }

    private static JwtRequestPostProcessor caller(String subject, String... roles) {
        return ServiceTests.caller(subject, roles);
    }
}
