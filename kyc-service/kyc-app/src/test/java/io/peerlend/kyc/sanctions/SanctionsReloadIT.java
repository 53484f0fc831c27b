package io.peerlend.kyc.sanctions;

import static io.peerlend.platform.testing.ServiceTests.caller;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.peerlend.kyc.checks.documents.MrzSpecimens;
import io.peerlend.platform.testing.ServiceTests;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Lists loaded from a folder, as production refreshes them: when a newly listed person is already a verified
 * customer, reloading the lists re-screens everyone, suspends that customer and puts them before two officers.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SanctionsReloadIT {

    static final Path LISTS = copyOfTheBundledLists();

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        ServiceTests.useEventStore(registry);
        ServiceTests.useReadSide(registry, "kyc-reload-it");
        registry.add("peerlend.kyc.sanctions.directory", LISTS::toString);
    }

    @Autowired
    MockMvc mvc;

    @Test
    void givenAVerifiedCustomer_whenTheReloadedListsNameThem_thenSuspendedAndBlockedForFourEyes() throws Exception {
        String customer = "it-" + UUID.randomUUID();
        String surname = "Quartermaine" + customer.substring(3, 7).replaceAll("[^a-z]", "x");
        mvc.perform(post("/api/kyc/onboarding")
                        .with(caller(customer, "borrower"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(onboarding("Zebedee", surname)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("VERIFIED"));
        String before = mvc.perform(get("/api/kyc/sanctions").with(caller("ops-1", "ops")))
                .andReturn()
                .getResponse()
                .getContentAsString();

        // when OFAC lists them and the refreshed files are loaded
        Files.writeString(
                LISTS.resolve("ofac-sdn/sdn.csv"),
                "\n990001,\"" + surname.toUpperCase() + ", Zebedee\","
                        + "\"individual\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 03 Mar 1983.\"",
                StandardOpenOption.APPEND);
        mvc.perform(post("/api/kyc/sanctions/reload").with(caller("sup-1", "ops-supervisor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entriesByList.OFAC-SDN").value(7380));
        Assertions.assertThat(mvc.perform(get("/api/kyc/sanctions").with(caller("ops-1", "ops")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .isNotEqualTo(before);

        // then the customer is re-screened and taken out of lending until two officers decide
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> mvc.perform(
                                get("/api/kyc/customers/" + customer).with(caller("ops-1", "ops")))
                        .andExpect(jsonPath("$.status").value("BLOCKED"))
                        .andExpect(jsonPath("$.screeningHits[0].entryId").value("990001")));
        mvc.perform(get("/api/kyc/customers/me").with(caller(customer, "borrower")))
                .andExpect(jsonPath("$.status").value("IN_REVIEW"));
    }

    private static String onboarding(String given, String surname) {
        return """
                {"roles": ["BORROWER"], "fullName": "%s %s", "dateOfBirth": "1983-03-03", "nationality": "GB",
                 "address": {"line1": "3 Lane", "city": "York", "postcode": "YO1 7HH", "country": "GB"},
                 "contact": {"email": "z@example.com"}, "politicallyExposed": false,
                 "document": {"type": "MRZ", "lines": ["%s", "%s"]}}""".formatted(
                        given,
                        surname,
                        MrzSpecimens.td3Line1("GBR", surname, given),
                        MrzSpecimens.td3Line2("Z7770001", "GBR", "830303", "M", "491231", ""));
    }

    private static Path copyOfTheBundledLists() {
        try {
            Path dir = Files.createTempDirectory("peerlend-sanctions-");
            for (String file : List.of(
                    "ofac-sdn/sdn.csv",
                    "ofac-sdn/alt.csv",
                    "ofac-sdn/sdn_comments.csv",
                    "ofac-consolidated/cons_prim.csv",
                    "ofac-consolidated/cons_alt.csv",
                    "ofac-consolidated/cons_comments.csv",
                    "un/UN_consolidated.xml")) {
                Path target = dir.resolve(file);
                Files.createDirectories(target.getParent());
                try (InputStream in =
                        SanctionsReloadIT.class.getResourceAsStream("/io/peerlend/kyc/sanctions/" + file)) {
                    Files.copy(in, target);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
