package io.peerlend.kyc.customers;

import static io.peerlend.platform.testing.ServiceTests.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.peerlend.kyc.customers.readmodel.CustomerReadModel;
import io.peerlend.kyc.sanctions.SanctionsScreening;
import io.peerlend.platform.testing.ServiceTests;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Re-screening after new sanctions lists as the resumable job it is: a run left half done by an instance that died is
 * finished from where it stopped, and a run for lists already replaced is left to the newer run. (A newly listed
 * customer being screened again and taken out of service, end to end: {@code SanctionsReloadIT}.)
 */
@SpringBootTest
@AutoConfigureMockMvc
class RescreeningIT {

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        ServiceTests.useEventStore(registry);
        ServiceTests.useReadSide(registry, "kyc-rescreening-it");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    SanctionsScreening sanctions;

    @Autowired
    Rescreening rescreening;

    @Autowired
    RescreeningAtStart atStart;

    @Autowired
    CustomerReadModel customers;

    @Autowired
    MongoTemplate mongo;

    private void onboard(String subject, String body) throws Exception {
        mvc.perform(post("/api/kyc/onboarding")
                        .with(caller(subject, "borrower", "lender"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().is2xxSuccessful());
    }

    private void awaitStaffStatus(String customerId, Matcher<String> expected) {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> mvc.perform(
                                get("/api/kyc/customers/" + customerId).with(caller("ops-1", "ops")))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.status", expected)));
    }

    @Test
    void givenListsNoRunHasScreenedAgainst_whenTheServiceStarts_thenEveryCustomerIsScreenedAgainstThemOnce()
            throws Exception {
        // given the service started with lists no re-screening had run against: it announced them at start-up
        String version = sanctions.current().version();
        awaitRunDone(version);
        // and customers onboarded since, then the lists' run lost (as when the files changed while it was down)
        String tamsin = "it-" + UUID.randomUUID();
        onboard(tamsin, Applicants.onboarding("\"LENDER\"", "Tamsin", "Oakridge", "1979-03-04", "GB", "T5550074"));
        awaitStaffStatus(tamsin, Matchers.is("VERIFIED"));
        mongo.remove(Query.query(Criteria.where("_id").is(version)), Rescreening.RUNS);
        long screenable = customers.screenableAfter(null, 100_000).size();

        // when the service starts again
        assertThat(atStart.announceIfNeverRun()).isTrue();

        // then a run screens every customer against the lists, and a further start announces nothing
        awaitRunDone(version);
        assertThat(rescreening.run(version).screened()).isEqualTo(screenable);
        assertThat(atStart.announceIfNeverRun()).isFalse();
    }

    private void awaitRunDone(String version) {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> rescreening.run(version) != null
                        && rescreening.run(version).status() == Rescreening.Status.DONE);
    }

    @Test
    void givenARunForListsSinceReplaced_whenTheJobRuns_thenItIsMarkedSupersededAndScreensNobody() {
        // given a run recorded for lists this service no longer has (newer ones replaced them before it started)
        String replaced = "replaced-" + UUID.randomUUID();
        rescreening.record(replaced);

        // then the job leaves it to the newer lists' own run
        await().atMost(Duration.ofSeconds(60))
                .until(() -> rescreening.run(replaced).status() == Rescreening.Status.SUPERSEDED);
        assertThat(rescreening.run(replaced).screened()).isZero();
    }

    @Test
    void givenARunLeftHalfDoneByAnInstanceThatDied_whenTheJobResumes_thenItGoesOnAfterTheLastCustomerItRecorded()
            throws Exception {
        // given customers to screen, and a run for the current lists whose instance died after the first of them
        String ivo = "it-" + UUID.randomUUID();
        String una = "it-" + UUID.randomUUID();
        onboard(ivo, Applicants.onboarding("\"LENDER\"", "Ivo", "Pemberton", "1983-01-02", "GB", "P5550072"));
        onboard(una, Applicants.onboarding("\"LENDER\"", "Una", "Halloran", "1984-02-03", "GB", "H5550073"));
        awaitStaffStatus(ivo, Matchers.is("VERIFIED"));
        awaitStaffStatus(una, Matchers.is("VERIFIED"));
        String version = sanctions.current().version();
        // (once the run the service started at start-up for its lists is done)
        awaitRunDone(version);
        String first = customers.screenableAfter(null, 1).get(0).id();
        long rest = customers.screenableAfter(first, 100_000).size();
        mongo.save(
                new Rescreening.Run(version, Instant.now(), 1, first, Instant.now(), null, Rescreening.Status.RUNNING),
                Rescreening.RUNS);

        // when an instance takes the job up (every few seconds, or at once as here)
        rescreening.resume();

        // then the run finishes having gone on from the recorded customer: each customer counted once
        await().atMost(Duration.ofSeconds(60))
                .until(() -> rescreening.run(version).status() == Rescreening.Status.DONE);
        assertThat(rescreening.run(version).screened()).isEqualTo(1 + rest);
    }
}
