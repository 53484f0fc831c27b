package io.peerlend.kyc.audit;

import static io.peerlend.platform.testing.ServiceTests.caller;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.peerlend.disclosure.api.DisclosureAccessed;
import io.peerlend.kyc.api.PersonalDataViewed;
import io.peerlend.platform.audit.StaffActionRecorded;
import io.peerlend.platform.testing.ServiceTests;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** A supervisor reads who changed or saw what, filtered; the read itself goes on the record. */
@SpringBootTest
@AutoConfigureMockMvc
class AuditTrailIT {

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        ServiceTests.useEventStore(registry);
        ServiceTests.useReadSide(registry, "kyc-audit-trail-it");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    EventGateway events;

    @Test
    void a_supervisor_filters_the_trail_by_actor_customer_and_date_and_their_read_is_recorded() throws Exception {
        // given a staff change to a customer, a staff read of their data, a lending credit search and a regulator read
        String customer = "c-" + UUID.randomUUID();
        String officer = "ops-" + UUID.randomUUID();
        String regulator = "reg-" + UUID.randomUUID();
        events.publish(new StaffActionRecorded(
                "kyc",
                officer,
                "ops",
                "POST",
                "/api/kyc/customers/" + customer + "/suspension",
                200,
                "corr-1",
                Instant.parse("2026-11-30T10:00:00Z")));
        events.publish(new PersonalDataViewed(
                customer, officer, "ops", "review of a referral", Instant.parse("2026-12-01T09:00:00Z")));
        events.publish(new PersonalDataViewed(
                customer,
                "service-account-peerlend-lending",
                "peerlend-service",
                "credit search for a loan application",
                Instant.parse("2026-12-01T11:00:00Z")));
        events.publish(
                new DisclosureAccessed(regulator, "regulator", "indicators", Instant.parse("2026-12-01T12:00:00Z")));

        // when a supervisor asks about the customer: every change and read of them, newest first
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(get("/api/kyc/audit/trail")
                                .param("customer", customer)
                                .with(caller("sup-1", "ops-supervisor")))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath(
                                "$[*].kind", contains("PERSONAL_DATA_READ", "PERSONAL_DATA_READ", "STAFF_ACTION")))
                        .andExpect(jsonPath("$[2].action").value("POST /api/kyc/customers/" + customer + "/suspension"))
                        .andExpect(jsonPath("$[0].actor").value("service-account-peerlend-lending")));
        // and by actor and day
        mvc.perform(get("/api/kyc/audit/trail")
                        .param("actor", officer)
                        .param("from", "2026-12-01")
                        .param("to", "2026-12-01")
                        .with(caller("sup-1", "ops-supervisor")))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].action").value("review of a referral"));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(get("/api/kyc/audit/trail")
                                .param("actor", regulator)
                                .with(caller("sup-1", "ops-supervisor")))
                        .andExpect(jsonPath("$[0].kind").value("SUPERVISORY_DATA_READ"))
                        .andExpect(jsonPath("$[0].action").value("indicators")));

        // then the supervisor's own reads are on the trail, with what they asked for
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(get("/api/kyc/audit/trail")
                                .param("actor", "sup-1")
                                .with(caller("sup-2", "ops-supervisor")))
                        .andExpect(jsonPath("$[*].kind", everyItem(is("AUDIT_TRAIL_READ"))))
                        .andExpect(jsonPath("$[*].action", hasItem("customer=" + customer))));
    }

    @Test
    void only_supervisors_read_the_trail_and_bad_dates_are_named() throws Exception {
        for (String role : new String[] {"ops", "regulator", "borrower", "peerlend-service"}) {
            mvc.perform(get("/api/kyc/audit/trail").with(caller("x-1", role))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/kyc/audit/trail").param("from", "yesterday").with(caller("sup-1", "ops-supervisor")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/kyc/audit/trail")
                        .param("from", "2026-12-02")
                        .param("to", "2026-12-01")
                        .with(caller("sup-1", "ops-supervisor")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
    }
}
