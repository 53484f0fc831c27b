package io.peerlend.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.peerlend.kyc.checks.documents.ChipCheck;
import io.peerlend.kyc.checks.documents.ChipSpecimens;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * KYC through the gateway with real Keycloak users: a listed person whose date of birth and nationality confirm the
 * entry is blocked (as listed and misspelt), a name alone is only referred, a valid passport verifies a customer who
 * can then borrow, and officers clear hits (one for a review, four eyes for a block).
 */
class KycFlowIT extends EndToEndTest {

    private static final String PASSWORD = "Correct-horse-42";
    private static final String APPLICATION = """
            {"amount": "6000.00", "termMonths": 36, "purpose": "CAR", %s}""".formatted(Api.DECLARATIONS);

    /** A new self-service customer (a Keycloak user with the borrower role) and their token. */
    private static Customer newBorrower() throws Exception {
        String username = "kyc-" + UUID.randomUUID().toString().substring(0, 8);
        KeycloakRealmIT.admin().createUser(username, "borrower");
        String token = api.tokenFor(username, PASSWORD);
        return new Customer(Api.claims(token).get("sub").asText(), token);
    }

    private record Customer(String id, String token) {}

    private static String staffStatus(String customerId) {
        return api.get("/api/kyc/customers/" + customerId, api.tokenFor("ops1"))
                .json()
                .path("status")
                .asText();
    }

    private static String applicationStatus(Customer customer, String applicationId) {
        return api.get("/api/lending/applications/" + applicationId, customer.token())
                .json()
                .path("status")
                .asText();
    }

    @Test
    void a_customer_named_and_born_as_listed_by_ofac_is_blocked_as_spelled_there_and_with_a_misspelling()
            throws Exception {
        // (a verified customer whose applications mark how far lending's identity gate has read)
        Customer verified = newBorrower();
        assertThat(api.post(
                                "/api/kyc/onboarding",
                                verified.token(),
                                Identities.onboarding("\"BORROWER\"", "Olwen", "Pryce", "1979-04-12", "GB", "P7900412"))
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("VERIFIED");
        for (String surname : new String[] {"Azam", "Azaam"}) {
            Customer listed = newBorrower();
            Api.Response onboarded = api.post(
                    "/api/kyc/onboarding",
                    listed.token(),
                    Identities.onboarding(
                            "\"BORROWER\"", "Amir", surname, "1971-11-02", "AE", "N" + surname.length() + "000001"));

            // the customer is told only that their details are being checked (no tipping off)
            assertThat(onboarded.status()).as(onboarded.body()).isEqualTo(201);
            assertThat(onboarded.json().get("status").asText()).isEqualTo("IN_REVIEW");
            assertThat(onboarded.body()).doesNotContainIgnoringCase("sanction");
            // officers see the block and the listed entry
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() ->
                            assertThat(staffStatus(listed.id())).as(surname).isEqualTo("BLOCKED"));
            assertThat(api.get("/api/kyc/customers/" + listed.id(), api.tokenFor("ops1"))
                            .json()
                            .at("/screeningHits/0/entryId")
                            .asText())
                    .isEqualTo("10595");
            // and a loan application waits: a blocked customer cannot borrow
            String id = api.post("/api/lending/applications", listed.token(), APPLICATION)
                    .json()
                    .get("id")
                    .asText();
            // (once an application submitted after it has passed the gate, the gate has read this one: one
            // processing group, in event order)
            String marker = api.post("/api/lending/applications", verified.token(), APPLICATION)
                    .json()
                    .get("id")
                    .asText();
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() ->
                            // (404: the applications' read model does not have it yet)
                            assertThat(applicationStatus(verified, marker)).isNotIn("", "404", "WAITING_FOR_KYC"));
            assertThat(applicationStatus(listed, id)).isEqualTo("WAITING_FOR_KYC");
        }
    }

    /**
     * Evidence beyond typed lines on the running platform: a chip signed under the development's sandbox country
     * signer (its key kept by the KYC service under var/), one whose face was swapped after signing, and a NINO the
     * sandbox identity service finds by its postcode.
     */
    @Test
    void a_passport_chip_and_an_electronic_identity_check_verify_customers_and_a_tampered_chip_is_rejected()
            throws Exception {
        ChipSpecimens.Authority state = sandboxCountrySigner();
        Instant now = Instant.now();
        ChipSpecimens.Authority documentSigner = ChipSpecimens.documentSigner(
                state, "UT", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)));
        byte[] face = "face".getBytes(StandardCharsets.UTF_8);

        Customer withChip = newBorrower();
        List<String> lines = Identities.passportLines("Ingrid", "Solberg", "1985-03-14", "C8500314");
        ChipCheck.ChipRead chip = ChipSpecimens.chip(documentSigner, lines, face);
        assertThat(api.post(
                                "/api/kyc/onboarding",
                                withChip.token(),
                                Identities.withChip(
                                        Identities.onboarding(
                                                "\"BORROWER\"", "Ingrid", "Solberg", "1985-03-14", "GB", "C8500314"),
                                        chip))
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("VERIFIED");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(api.get("/api/kyc/customers/me", withChip.token())
                                .json()
                                .path("evidence")
                                .toString())
                        .isEqualTo("[\"DOCUMENT\",\"CHIP\"]"));

        Customer tampered = newBorrower();
        List<String> tamperedLines = Identities.passportLines("Lars", "Solberg", "1983-07-21", "C8300721");
        ChipCheck.ChipRead signed = ChipSpecimens.chip(documentSigner, tamperedLines, face);
        Map<Integer, byte[]> swapped = new TreeMap<>(signed.dataGroups());
        swapped.put(2, "another face".getBytes(StandardCharsets.UTF_8));
        assertThat(api.post(
                                "/api/kyc/onboarding",
                                tampered.token(),
                                Identities.withChip(
                                        Identities.onboarding(
                                                "\"BORROWER\"", "Lars", "Solberg", "1983-07-21", "GB", "C8300721"),
                                        new ChipCheck.ChipRead(swapped, signed.securityObject())))
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("REJECTED");

        Customer withNino = newBorrower();
        String nino = """
                {"roles": ["BORROWER"], "fullName": "Priya Raman", "dateOfBirth": "1991-02-03", "nationality": "GB",
                 "address": {"line1": "2 Test Street", "city": "Leeds", "postcode": "EV1 1AA", "country": "GB"},
                 "contact": {"email": "priya@example.org"},
                 "document": {"type": "UK_NINO", "number": "JG103759A"}, "politicallyExposed": false}""";
        assertThat(api.post("/api/kyc/onboarding", withNino.token(), nino)
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("VERIFIED");
    }

    /** The development's sandbox country signer, as the KYC service wrote it on its first start. */
    private static ChipSpecimens.Authority sandboxCountrySigner() throws Exception {
        Path directory = RunningPlatform.get().sandboxCountrySigner();
        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(
                        new ByteArrayInputStream(Files.readAllBytes(directory.resolve("country-signer.pem"))));
        String pem = Files.readString(directory.resolve("country-signer.key"))
                .replaceAll("-----[A-Z ]+-----", "")
                .replaceAll("\\s", "");
        PrivateKey key = KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        return new ChipSpecimens.Authority(new KeyPair(certificate.getPublicKey(), key), certificate);
    }

    @Test
    void a_customer_with_a_valid_passport_is_verified_and_can_then_borrow() throws Exception {
        Customer customer = newBorrower();
        String id = api.post("/api/lending/applications", customer.token(), APPLICATION)
                .json()
                .get("id")
                .asText();
        // (read once the application's projection has it: it may lag the 201 by a moment)
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(applicationStatus(customer, id)).isEqualTo("WAITING_FOR_KYC"));

        Api.Response onboarded = api.post(
                "/api/kyc/onboarding",
                customer.token(),
                Identities.onboarding("\"BORROWER\"", "Harriet", "Okonjo", "1988-09-30", "GB", "H2000002"));
        assertThat(onboarded.status()).as(onboarded.body()).isEqualTo(201);
        assertThat(onboarded.json().get("status").asText()).isEqualTo("VERIFIED");

        // the application that waited for KYC goes on to scoring
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(applicationStatus(customer, id)).isEqualTo("SCORED"));
        // and the customer reads their own record, with their data
        assertThat(api.get("/api/kyc/customers/me", customer.token())
                        .json()
                        .at("/personal/fullName")
                        .asText())
                .isEqualTo("Harriet Okonjo");
    }

    @Test
    void ops_clears_a_review_hit_and_two_officers_clear_a_block() throws Exception {
        // given a possible match (a listed name exactly, with nothing on the list to confirm it) and a strong one
        Customer possible = newBorrower();
        api.post(
                "/api/kyc/onboarding",
                possible.token(),
                Identities.onboarding("\"BORROWER\"", "Manuel Antonio", "Noriega", "1975-05-05", "GB", "M3000003"));
        Customer strong = newBorrower();
        api.post(
                "/api/kyc/onboarding",
                strong.token(),
                Identities.onboarding("\"BORROWER\"", "Amir", "Azam", "1971-11-02", "AE", "M3000004"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(staffStatus(possible.id())).isEqualTo("IN_REVIEW");
            assertThat(staffStatus(strong.id())).isEqualTo("BLOCKED");
        });
        String ops = api.tokenFor("ops1");
        String supervisor = api.tokenFor("supervisor1");
        String note = "{\"note\": \"namesake: same name and birthday, another person (passport checked)\"}";

        // when one officer clears the review hit, the customer is verified
        Api.Response cleared = api.post("/api/kyc/customers/" + possible.id() + "/clearance", ops, note);
        assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
        assertThat(cleared.json().get("status").asText()).isEqualTo("VERIFIED");

        // and a block needs an officer's proposal and a supervisor's approval; a borrower may not decide at all
        assertThat(api.post("/api/kyc/customers/" + strong.id() + "/clearance", strong.token(), note)
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/api/kyc/customers/" + strong.id() + "/clearance", ops, note)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("BLOCKED");
        Api.Response again = api.post("/api/kyc/customers/" + strong.id() + "/clearance", ops, note);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(api.post("/api/kyc/customers/" + strong.id() + "/clearance", supervisor, note)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("VERIFIED");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(api.get("/api/kyc/customers/me", strong.token())
                                .json()
                                .path("status")
                                .asText())
                        .isEqualTo("VERIFIED"));
    }

    @Test
    void officers_check_documents_and_screen_names_and_bad_input_is_named() {
        String ops = api.tokenFor("ops1");
        Api.Response check =
                api.post("/api/kyc/document-checks", ops, "{\"type\": \"UK_NINO\", \"number\": \"QQ 12 34 56 C\"}");
        assertThat(check.status()).isEqualTo(200);
        assertThat(check.json().get("valid").asBoolean()).isFalse();
        assertThat(check.json().get("failures").toString()).contains("the first letter may not be D, F, I, Q, U or V");

        Api.Response screening = api.post("/api/kyc/screenings", ops, "{\"name\": \"Acme Bank Corp\"}");
        assertThat(screening.json().get("decision").asText()).isEqualTo("CLEAR");

        Api.Response bad = api.post("/api/kyc/onboarding", api.tokenFor("borrower2"), "{\"roles\": [\"BORROWER\"]}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.body()).contains("fullName", "dateOfBirth", "document");
    }
}
