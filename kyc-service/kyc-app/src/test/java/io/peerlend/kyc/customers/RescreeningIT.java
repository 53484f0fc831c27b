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
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Re-screening after new sanctions lists, as the resumable job it is: the service follows a folder of lists (a copy
 * of the bundled ones); a customer verified against them is listed in the next version; every customer is screened
 * again in chunks with recorded progress, and a run left half done by an instance that died is finished from where it
 * stopped.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RescreeningIT {

    private static final List<String> FILES = List.of(
            "ofac-sdn/sdn.csv",
            "ofac-sdn/alt.csv",
            "ofac-sdn/sdn_comments.csv",
            "ofac-consolidated/cons_prim.csv",
            "ofac-consolidated/cons_alt.csv",
            "ofac-consolidated/cons_comments.csv",
            "un/UN_consolidated.xml");
    private static Path lists;

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) throws IOException {
        ServiceTests.useEventStore(registry);
        ServiceTests.useReadSide(registry, "kyc-rescreening-it");
        lists = Files.createTempDirectory("sanctions-lists");
        for (String file : FILES) {
            Path copy = lists.resolve(file);
            Files.createDirectories(copy.getParent());
            try (InputStream bundled = RescreeningIT.class.getResourceAsStream("/io/peerlend/kyc/sanctions/" + file)) {
                Files.copy(bundled, copy);
            }
        }
        registry.add("peerlend.kyc.sanctions.directory", lists::toString);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    SanctionsScreening sanctions;

    @Autowired
    Rescreening rescreening;

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
    void givenAVerifiedCustomer_whenTheNextListsNameThem_thenTheyAreScreenedAgainAndTakenOutOfService()
            throws Exception {
        // given a customer verified against today's lists
        String customer = "it-" + UUID.randomUUID();
        onboard(
                customer,
                Applicants.onboarding("\"LENDER\"", "Ottoline", "Brackenbury", "1971-04-09", "GB", "B5550071"));
        awaitStaffStatus(customer, Matchers.is("VERIFIED"));

        // when the publisher's next lists name them (with their date of birth) and the service picks the files up
        Files.writeString(
                lists.resolve("ofac-sdn/sdn.csv"),
                // the publisher's file ends without a line break
                "\n99999901,\"BRACKENBURY, Ottoline\",\"individual\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"
                        + "\"DOB 09 Apr 1971; nationality United Kingdom.\"",
                StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        String version = sanctions.reload().version();

        // then a run for the new lists screens everyone again, and this customer may no longer use the platform
        await().atMost(Duration.ofSeconds(60))
                .until(() -> rescreening.run(version) != null
                        && rescreening.run(version).status() == Rescreening.Status.DONE);
        assertThat(rescreening.run(version).screened()).isPositive();
        awaitStaffStatus(customer, Matchers.oneOf("IN_REVIEW", "BLOCKED"));
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
