package io.peerlend.kyc.customers;

import static io.peerlend.platform.testing.ServiceTests.caller;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.peerlend.kyc.checks.documents.ChipCheck.ChipRead;
import io.peerlend.kyc.checks.documents.ChipSpecimens;
import io.peerlend.kyc.checks.documents.ChipSpecimens.Authority;
import io.peerlend.kyc.checks.documents.MrzSpecimens;
import io.peerlend.platform.testing.ServiceTests;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Evidence beyond typed lines, through the HTTP API: an ePassport's chip (the service trusts a master list holding the
 * country signer generated here, as an operator installs the ICAO PKD's; chips are signed under it or under a
 * forger's), and electronic identity verification through the sandbox adapter (docs/kyc.md lists its answers).
 */
@SpringBootTest
@AutoConfigureMockMvc
class IdentityEvidenceIT {

    private static final Instant FROM = Instant.now().minus(Duration.ofDays(30));
    private static final Instant UNTIL = Instant.now().plus(Duration.ofDays(3650));
    private static final Authority UTOPIA = ChipSpecimens.countrySigner("UT", FROM, UNTIL);
    private static final Authority SIGNER = ChipSpecimens.documentSigner(UTOPIA, "UT", FROM, UNTIL);
    private static final byte[] FACE = "face".getBytes(StandardCharsets.UTF_8);

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) throws IOException {
        ServiceTests.useEventStore(registry);
        ServiceTests.useReadSide(registry, "kyc-evidence-it");
        Path masterList = Files.createTempFile("master-list", ".ml");
        masterList.toFile().deleteOnExit();
        Files.write(masterList, ChipSpecimens.masterList(UTOPIA, List.of(UTOPIA.certificate())));
        registry.add(
                "peerlend.kyc.chip.country-signers", () -> masterList.toUri().toString());
    }

    @Autowired
    MockMvc mvc;

    private static List<String> passport(String surname, String given, String number) {
        return List.of(
                MrzSpecimens.td3Line1("GBR", surname, given),
                MrzSpecimens.td3Line2(number, "GBR", "900115", "F", "491231", ""));
    }

    private static String chipJson(ChipRead chip) {
        Base64.Encoder base64 = Base64.getEncoder();
        String groups = chip.dataGroups().entrySet().stream()
                .map(g -> "\"%d\": \"%s\"".formatted(g.getKey(), base64.encodeToString(g.getValue())))
                .collect(Collectors.joining(", "));
        return "{\"dataGroups\": {%s}, \"securityObject\": \"%s\"}"
                .formatted(groups, base64.encodeToString(chip.securityObject()));
    }

    private ResultActions onboard(String subject, String surname, List<String> lines, String chip) throws Exception {
        return onboard(
                subject,
                "Anna " + surname,
                "SW1A 1AA",
                "{\"type\": \"MRZ\", \"lines\": [\"%s\", \"%s\"], \"chip\": %s}"
                        .formatted(lines.get(0), lines.get(1), chip));
    }

    private ResultActions onboard(String subject, String fullName, String postcode, String document) throws Exception {
        String body = """
                {"roles": ["BORROWER"], "fullName": "%s", "dateOfBirth": "1990-01-15", "nationality": "GB",
                 "address": {"line1": "1 Test Street", "city": "London", "postcode": "%s", "country": "GB"},
                 "contact": {"email": "evidence@example.com", "phone": "+44 20 7946 0000"},
                 "document": %s, "politicallyExposed": false}
                """.formatted(fullName, postcode, document);
        return mvc.perform(post("/api/kyc/onboarding")
                .with(caller(subject, "borrower"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private void awaitEvidence(String me, String... evidence) {
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(get("/api/kyc/customers/me").with(caller(me, "borrower")))
                        .andExpect(status().isOk())
                        .andExpect(
                                evidence.length == 0
                                        ? jsonPath("$.evidence").isEmpty()
                                        : jsonPath("$.evidence", containsInAnyOrder((Object[]) evidence))));
    }

    @Test
    void givenAChipSignedUnderTheMasterList_whenABorrowerOnboards_thenVerifiedWithTheChipAsEvidence() throws Exception {
        String me = "chip-" + UUID.randomUUID();
        List<String> lines = passport("Lindqvist", "Anna", "C1234567");

        onboard(me, "Lindqvist", lines, chipJson(ChipSpecimens.chip(SIGNER, lines, FACE)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("VERIFIED"));

        awaitEvidence(me, "DOCUMENT", "CHIP");
    }

    @Test
    void givenAFaceSwappedAfterSigning_whenABorrowerOnboards_thenRejectedAndToldWhy() throws Exception {
        String me = "chip-" + UUID.randomUUID();
        List<String> lines = passport("Berg", "Anna", "C7654321");
        ChipRead signed = ChipSpecimens.chip(SIGNER, lines, FACE);
        Map<Integer, byte[]> swapped = new TreeMap<>(signed.dataGroups());
        swapped.put(2, "another face".getBytes(StandardCharsets.UTF_8));

        onboard(me, "Berg", lines, chipJson(new ChipRead(swapped, signed.securityObject())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("REJECTED"));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(get("/api/kyc/customers/me").with(caller(me, "borrower")))
                        .andExpect(jsonPath(
                                "$.reasons", hasItem("data group 2 does not match its hash in the security object"))));
    }

    @Test
    void givenAChipOfAForgersOwnCountrySigner_whenAnOfficerChecksTheDocument_thenTheChainFails() throws Exception {
        Authority forger = ChipSpecimens.countrySigner("UT", FROM, UNTIL);
        List<String> lines = passport("Holm", "Eva", "C1112223");
        ChipRead chip = ChipSpecimens.chip(ChipSpecimens.documentSigner(forger, "UT", FROM, UNTIL), lines, FACE);

        mvc.perform(post("/api/kyc/document-checks")
                        .with(caller("ops-1", "ops"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"MRZ\", \"lines\": [\"%s\", \"%s\"], \"chip\": %s}"
                                .formatted(lines.get(0), lines.get(1), chipJson(chip))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath(
                        "$.failures",
                        hasItem("the document signer's certificate does not chain to a trusted country signing"
                                + " certificate valid now")));
    }

    @Test
    void givenAChipThatIsNotBase64OrBesideANumber_whenSent_thenFieldErrorsAndNothingIsRecorded() throws Exception {
        String me = "chip-" + UUID.randomUUID();
        List<String> lines = passport("Ek", "Anna", "C5556667");

        onboard(me, "Ek", lines, "{\"dataGroups\": {\"1\": \"AAAA\"}, \"securityObject\": \"not base64!\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("document.chip.securityObject"));
        mvc.perform(post("/api/kyc/document-checks")
                        .with(caller("ops-1", "ops"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"UK_NINO\", \"number\": \"AB123456C\", \"chip\":"
                                + " {\"dataGroups\": {\"1\": \"AAAA\"}, \"securityObject\": \"AAAA\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("chip"));
        mvc.perform(get("/api/kyc/customers/me").with(caller(me, "borrower"))).andExpect(status().isNotFound());
    }

    @Test
    void givenANinoAndAnAddressTheAgencyKnows_whenABorrowerOnboards_thenVerifiedElectronically() throws Exception {
        String me = "eidv-" + UUID.randomUUID();

        onboard(me, "Sam Patel", "EV1 1AA", "{\"type\": \"UK_NINO\", \"number\": \"AB123456C\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("VERIFIED"));

        awaitEvidence(me, "ELECTRONIC");
    }

    @Test
    void givenANinoAndAnAddressTheAgencyDoesNotKnowOrWhileItIsDown_whenOnboarding_thenReferredToAnOfficer()
            throws Exception {
        String unknown = "eidv-" + UUID.randomUUID();
        String duringOutage = "eidv-" + UUID.randomUUID();

        onboard(unknown, "Sam Patel", "SW1A 1AA", "{\"type\": \"UK_NINO\", \"number\": \"AB123456C\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("IN_REVIEW"));
        onboard(duringOutage, "Sam Patel", "EV9 9ZZ", "{\"type\": \"UK_NINO\", \"number\": \"AB123456C\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("IN_REVIEW"));

        awaitEvidence(unknown);
        awaitEvidence(duringOutage);
    }

    @Test
    void givenAHongKongTravelPermitTheIdentityServiceKnows_whenOnboarding_thenVerifiedAndAWrongNameIsNot()
            throws Exception {
        String known = "eidv-" + UUID.randomUUID();
        String wrongName = "eidv-" + UUID.randomUUID();
        String permit = "{\"type\": \"CN_TRAVEL_PERMIT_HK_MACAO\", \"number\": \"H12345678\"}";

        onboard(known, "Chan Tai Man", "SW1A 1AA", permit)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("VERIFIED"));
        onboard(wrongName, "Chan Siu Ming", "SW1A 1AA", permit)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("IN_REVIEW"));

        awaitEvidence(known, "ELECTRONIC");
    }
}
