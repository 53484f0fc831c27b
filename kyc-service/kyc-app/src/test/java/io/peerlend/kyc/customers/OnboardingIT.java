package io.peerlend.kyc.customers;

import static io.peerlend.platform.testing.ServiceTests.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.peerlend.kyc.api.PersonalDataViewed;
import io.peerlend.kyc.api.RelatedPartySet;
import io.peerlend.kyc.customers.domain.CustomerNotices;
import io.peerlend.platform.testing.ServiceTests;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Onboarding, screening and review through the HTTP API, on the real event store and read side. */
@SpringBootTest
@AutoConfigureMockMvc
class OnboardingIT {

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        ServiceTests.useEventStore(registry);
        ServiceTests.useReadSide(registry, "kyc-onboarding-it");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    EventStore store;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MongoTemplate mongo;

    private ResultActions onboard(String subject, String body) throws Exception {
        return mvc.perform(post("/api/kyc/onboarding")
                .with(caller(subject, "borrower", "lender"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private void awaitStaffStatus(String customerId, String expected) {
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(
                                get("/api/kyc/customers/" + customerId).with(caller("ops-1", "ops")))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.status").value(expected)));
    }

    @Test
    void givenAMemberOfStaff_whenTheyDeclareItAtOnboarding_thenItIsRecorded_andAnOfficerMayCorrectIt()
            throws Exception {
        // given a customer who says they work for the platform
        String me = "rp-" + UUID.randomUUID();
        String body = Applicants.onboarding("\"LENDER\"", "Ruth", "Aldous", "1980-02-02", "GB", "R4440001")
                .replace(
                        "\"politicallyExposed\": false}",
                        "\"politicallyExposed\": false, \"relatedParty\": \"STAFF\"}");
        mvc.perform(post("/api/kyc/onboarding")
                        .with(caller(me, "lender"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated());
        // then their declaration is an event on their record, saying who said so
        assertThat(relatedPartyEvents(me)).containsExactly("STAFF by customer");

        // when an officer finds they are a shareholder's close family instead; a customer may not set it themselves
        mvc.perform(post("/api/kyc/customers/" + me + "/related-party")
                        .with(caller("ops-1", "ops"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"relation\": \"CLOSE_FAMILY\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/kyc/customers/" + me + "/related-party")
                        .with(caller(me, "lender"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"relation\": null}"))
                .andExpect(status().isForbidden());
        // then the officer's finding is recorded after the declaration
        assertThat(relatedPartyEvents(me)).containsExactly("STAFF by customer", "CLOSE_FAMILY by ops-1");
        // and staff see it on the customer's record, as does the customer
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(get("/api/kyc/customers/" + me).with(caller("ops-1", "ops")))
                        .andExpect(jsonPath("$.relatedParty").value("CLOSE_FAMILY")));
        mvc.perform(get("/api/kyc/customers/me").with(caller(me, "lender")))
                .andExpect(jsonPath("$.relatedParty").value("CLOSE_FAMILY"));
    }

    private List<String> relatedPartyEvents(String customer) {
        return store.readEvents(customer)
                .asStream()
                .filter(m -> m.getPayload() instanceof RelatedPartySet)
                .map(m -> (RelatedPartySet) m.getPayload())
                .map(e -> e.relation() + " by " + e.by())
                .toList();
    }

    @Test
    void givenAValidPassport_whenABorrowerOnboards_thenVerifiedAndTheyReadTheirOwnData() throws Exception {
        String me = "it-" + UUID.randomUUID();
        onboard(me, Applicants.onboarding("\"BORROWER\"", "Anna", "Lindqvist", "1990-01-15", "GB", "P1234567"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("VERIFIED"));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(get("/api/kyc/customers/me").with(caller(me, "borrower")))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.status").value("VERIFIED"))
                        .andExpect(jsonPath("$.personal.fullName").value("Anna Lindqvist"))
                        .andExpect(jsonPath("$.personal.documentFields.documentNumber")
                                .value("P1234567"))
                        .andExpect(jsonPath("$.reverifyBy").exists()));
        mvc.perform(get("/api/kyc/customers/" + me).with(caller("ops-1", "ops")))
                .andExpect(jsonPath("$.personal.fullName").value("Anna Lindqvist"))
                .andExpect(jsonPath("$.personal.documentFields.documentNumber").value("•••567"))
                .andExpect(jsonPath("$.personal.contact.email").value("p•••@example.com"))
                .andExpect(jsonPath("$.personal.address.line1").value("•••"));
    }

    @Test
    void givenAnOnboardingWhoseDecisionIsNotInTheReadModelYet_whenTheCustomerReadsTheirRecord_thenBeingChecked()
            throws Exception {
        // given a customer whose record holds the submission but not yet the decision that follows it (the two are
        // projected one after the other: a read can fall between them)
        String me = "it-" + UUID.randomUUID();
        onboard(me, Applicants.onboarding("\"BORROWER\"", "Ola", "Nordmann", "1985-03-02", "GB", "P7654321"))
                .andExpect(status().isCreated());
        awaitStaffStatus(me, "VERIFIED");
        mongo.getCollection("customers")
                .updateOne(new Document("_id", me), new Document("$unset", new Document("status", "")));

        // when they read their record, then it says it is being checked (not a server error)
        mvc.perform(get("/api/kyc/customers/me").with(caller(me, "borrower")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_REVIEW"))
                .andExpect(jsonPath("$.reasons[0]").value("your identity is being checked"));
        // and staff see it too
        mvc.perform(get("/api/kyc/customers/" + me).with(caller("ops-1", "ops")))
                .andExpect(status().isOk());
    }

    @Test
    void givenAVerifiedBorrower_whenTheLendingServiceAsksForACreditSearch_thenOnlyItGetsTheIdentityAndTheReadIsAudited()
            throws Exception {
        String me = "it-" + UUID.randomUUID();
        onboard(me, Applicants.onboarding("\"BORROWER\"", "Anna", "Lindqvist", "1990-01-15", "GB", "P2234567"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("VERIFIED"));
        String path = "/api/kyc/customers/" + me + "/credit-search-subject";
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(
                                get(path).with(caller("service-account-peerlend-lending", "peerlend-service")))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.customerId").value(me))
                        .andExpect(jsonPath("$.fullName").value("Anna Lindqvist"))
                        .andExpect(jsonPath("$.dateOfBirth").value("1990-01-15"))
                        .andExpect(jsonPath("$.postcode").isNotEmpty()));
        // the borrower themself, and staff, use their own endpoints; nobody else learns whether the customer exists
        mvc.perform(get(path).with(caller(me, "borrower"))).andExpect(status().isForbidden());
        mvc.perform(get(path).with(caller("ops-1", "ops"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/kyc/customers/nobody/credit-search-subject")
                        .with(caller("service-account-peerlend-lending", "peerlend-service")))
                .andExpect(status().isNotFound());
        assertThat(audited(me, "credit search for a loan application"))
                .as("the read is recorded as an audit event")
                .isTrue();
    }

    @Test
    void givenACustomer_whenTheLendingServiceAsksWhetherAPayerIsThem_thenYesOrNoOnlyAndTheComparisonIsAudited()
            throws Exception {
        // given a verified lender, Anna Lindqvist
        String me = "it-" + UUID.randomUUID();
        onboard(me, Applicants.onboarding("\"LENDER\"", "Anna", "Lindqvist", "1990-01-15", "GB", "P2234568"))
                .andExpect(status().isCreated());
        String path = "/api/kyc/customers/" + me + "/payer-name-check";
        var service = caller("service-account-peerlend-lending", "peerlend-service");
        // when the lending service asks about the account holder's name as a bank writes it, then it is hers
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(post(path)
                                .with(service)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"payerName\": \"MS A LINDQVIST\"}"))
                        .andExpect(status().isOk())
                        .andExpect(content().json("{\"customersOwnName\": true}", JsonCompareMode.STRICT)));
        // and someone else's is not; the answer never carries her name
        mvc.perform(post(path)
                        .with(service)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"payerName\": \"BRIGHT HORIZON TRADING LTD\"}"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"customersOwnName\": false}", JsonCompareMode.STRICT));
        // a blank name is a field error, and only Peerlend's services may ask
        mvc.perform(post(path)
                        .with(service)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"payerName\": \" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("payerName"));
        mvc.perform(post(path)
                        .with(caller(me, "lender"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"payerName\": \"MS A LINDQVIST\"}"))
                .andExpect(status().isForbidden());
        assertThat(audited(me, "payer name check for a payment received"))
                .as("the comparison is recorded as an audit event")
                .isTrue();
    }

    /** Whether the store holds an audit event of the customer's data used for this purpose. */
    private boolean audited(String customerId, String purpose) throws InterruptedException {
        boolean audited = false;
        try (var events = store.openStream(null)) {
            while (events.hasNextAvailable()) {
                audited |= events.nextAvailable().getPayload() instanceof PersonalDataViewed v
                        && v.customerId().equals(customerId)
                        && v.purpose().equals(purpose);
            }
        }
        return audited;
    }

    @Test
    void givenANameOnTheOfacList_whenOnboarding_thenTheCustomerSeesInReviewAndTwoOfficersMustClear() throws Exception {
        String listed = "it-" + UUID.randomUUID();
        onboard(listed, Applicants.onboarding("\"BORROWER\"", "Amir", "Azam", "1971-11-02", "AE", "N7654321"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("IN_REVIEW"))
                .andExpect(jsonPath("$.reasons[0]").value("we are checking your details and will be in touch"));
        awaitStaffStatus(listed, "BLOCKED");
        // (a customer who reads Chinese is told the same, in Chinese)
        mvc.perform(get("/api/kyc/customers/me")
                        .header("Accept-Language", "zh-CN")
                        .with(caller(listed, "borrower")))
                .andExpect(jsonPath("$.status").value("IN_REVIEW"))
                .andExpect(jsonPath("$.reasons[0]").value("我们正在核实您的资料，稍后会与您联系"));
        mvc.perform(get("/api/kyc/reviews").with(caller("ops-1", "ops")))
                .andExpect(
                        jsonPath("$[?(@.customerId == '" + listed + "')].screeningHits[0].entryId", hasItem("10595")));

        mvc.perform(post("/api/kyc/customers/" + listed + "/clearance")
                        .with(caller("ops-1", "ops"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\": \"namesake: same name and birthday, passport checked\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("BLOCKED"));
        mvc.perform(post("/api/kyc/customers/" + listed + "/clearance")
                        .with(caller("ops-1", "ops", "ops-supervisor"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\": \"approve\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail")
                        .value("four eyes: the officer who proposed the clearance cannot approve it"));
        mvc.perform(post("/api/kyc/customers/" + listed + "/clearance")
                        .with(caller("sup-1", "ops-supervisor"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\": \"agreed\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("VERIFIED"));
        awaitStaffStatus(listed, "VERIFIED");
    }

    @Test
    void givenAPoliticallyExposedCustomer_whenReviewed_thenTheirSourceOfFundsAndTwoOfficersAreNeeded()
            throws Exception {
        String pep = "it-" + UUID.randomUUID();
        onboard(
                        pep,
                        Applicants.onboarding("\"LENDER\"", "Anna", "Lindqvist", "1990-01-15", "GB", "P8234567")
                                .replace("\"politicallyExposed\": false", "\"politicallyExposed\": true"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("IN_REVIEW"));
        awaitStaffStatus(pep, "IN_REVIEW");

        // an officer cannot clear a high-risk customer before they say where their money comes from
        clear(pep, caller("ops-1", "ops"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail")
                        .value("enhanced due diligence: the customer has not declared their source of funds yet"));
        mvc.perform(post("/api/kyc/customers/me/source-of-funds")
                        .with(caller(pep, "lender"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"source\": \"SALARY\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("details"));
        mvc.perform(post("/api/kyc/customers/me/source-of-funds")
                        .with(caller(pep, "lender"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"source\": \"SALARY\", \"details\": \"Consultant at a bank, 12 years\"}"))
                .andExpect(status().isNoContent());
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(
                                get("/api/kyc/customers/" + pep).with(caller("ops-1", "ops")))
                        .andExpect(jsonPath("$.sourceOfFunds.source").value("SALARY"))
                        .andExpect(jsonPath("$.sourceOfFunds.details").value("Consultant at a bank, 12 years")));

        // then one officer proposes and a different supervisor approves
        clear(pep, caller("ops-1", "ops"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_REVIEW"));
        clear(pep, caller("sup-1", "ops-supervisor"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("VERIFIED"));
        // and what they declared never reaches the event store in plain text
        assertThat(jdbc.queryForList(
                        "SELECT convert_from(payload, 'UTF8') FROM domain_event_entry WHERE aggregate_identifier = ?",
                        String.class,
                        pep))
                .isNotEmpty()
                .noneMatch(text -> text.contains("Consultant"));
    }

    private ResultActions clear(String customerId, RequestPostProcessor officer) throws Exception {
        return mvc.perform(post("/api/kyc/customers/" + customerId + "/clearance")
                .with(officer)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"note\": \"salary slips seen\"}"));
    }

    @Test
    void givenAnOfficersNote_whenTheyRejectOrSuspend_thenTheCustomerSeesANeutralReasonAndStaffSeeTheNote()
            throws Exception {
        // given a listed customer referred for review, and a verified one
        String rejected = "it-" + UUID.randomUUID();
        onboard(rejected, Applicants.onboarding("\"BORROWER\"", "Amir", "Azam", "1971-11-02", "AE", "N7654329"))
                .andExpect(status().isCreated());
        awaitStaffStatus(rejected, "BLOCKED");
        String suspended = "it-" + UUID.randomUUID();
        onboard(suspended, Applicants.onboarding("\"LENDER\"", "Anna", "Lindqvist", "1990-01-15", "GB", "P3234567"))
                .andExpect(status().isCreated());
        awaitStaffStatus(suspended, "VERIFIED");

        // when officers reject one and suspend the other, with notes no customer may read (tipping off)
        String rejectionNote = "true match to the OFAC entry; SAR filed with the NCA";
        String suspensionNote = "structuring suspected, SAR filed";
        mvc.perform(post("/api/kyc/customers/" + rejected + "/rejection")
                        .with(caller("ops-1", "ops"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\": \"" + rejectionNote + "\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/kyc/customers/" + suspended + "/suspension")
                        .with(caller("ops-1", "ops"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\": \"" + suspensionNote + "\"}"))
                .andExpect(status().isOk());
        awaitStaffStatus(rejected, "REJECTED");
        awaitStaffStatus(suspended, "SUSPENDED");

        // then each customer reads only a neutral reason from the fixed list
        mvc.perform(get("/api/kyc/customers/me").with(caller(rejected, "borrower")))
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.reasons").value(Matchers.contains(CustomerNotices.REJECTED)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("SAR"))));
        mvc.perform(get("/api/kyc/customers/me").with(caller(suspended, "lender")))
                .andExpect(jsonPath("$.status").value("SUSPENDED"))
                .andExpect(jsonPath("$.reasons").value(Matchers.contains(CustomerNotices.SUSPENDED)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("SAR"))));
        // and staff still read the officers' words, and whom the customer resembles on a list
        mvc.perform(get("/api/kyc/customers/" + rejected).with(caller("ops-2", "ops")))
                .andExpect(jsonPath("$.reasons", hasItem(rejectionNote)))
                .andExpect(jsonPath("$.screeningHits[0].entryId").value("10595"));
        mvc.perform(get("/api/kyc/customers/" + suspended).with(caller("ops-2", "ops")))
                .andExpect(jsonPath("$.reasons", hasItem(suspensionNote)))
                .andExpect(jsonPath("$.riskFactors", hasItem("places money with the platform (lender)")));

        // but none of it is stored in plain text: not in the events, not in the read models
        for (String customer : new String[] {rejected, suspended}) {
            for (String payload : jdbc.queryForList(
                    "SELECT convert_from(payload, 'UTF8') FROM domain_event_entry" + " WHERE aggregate_identifier = ?",
                    String.class,
                    customer)) {
                assertThat(payload.toLowerCase())
                        .as("an event of " + customer)
                        .doesNotContain("sar filed", "azam", "places money with the platform");
            }
            for (String collection : new String[] {"customers", "customer_staff_notes"}) {
                Document raw = mongo.getCollection(collection)
                        .find(new Document("_id", customer))
                        .first();
                assertThat(raw == null ? "" : raw.toJson().toLowerCase())
                        .as(collection)
                        .doesNotContain("sar filed", "azam", "places money with the platform");
            }
        }
    }

    @Test
    void givenAPassportOfSomeoneElse_whenOnboarding_thenRejectedWithTheReasonsTheCustomerCanFix() throws Exception {
        String me = "it-" + UUID.randomUUID();
        String body = Applicants.onboarding("\"LENDER\"", "Jane", "Doe", "1985-06-01", "GB", "X9999999")
                .replace("\"fullName\": \"Jane Doe\"", "\"fullName\": \"Janet Doe\"");
        onboard(me, body)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("REJECTED"));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(get("/api/kyc/customers/me").with(caller(me, "lender")))
                        .andExpect(jsonPath(
                                "$.reasons", hasItem("the name on the document does not match the application"))));
        // a corrected attempt is allowed after a document rejection
        onboard(me, Applicants.onboarding("\"LENDER\"", "Jane", "Doe", "1985-06-01", "GB", "X9999999"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("VERIFIED"));
        onboard(me, Applicants.onboarding("\"LENDER\"", "Jane", "Doe", "1985-06-01", "GB", "X9999999"))
                .andExpect(status().isConflict());
    }

    @Test
    void givenBadInput_whenOnboarding_thenEachFieldIsNamedAndNothingIsStored() throws Exception {
        String me = "it-" + UUID.randomUUID();
        onboard(
                        me,
                        "{\"roles\": [], \"fullName\": \"\", \"nationality\": \"Britain\", \"document\": {\"type\": \"MRZ\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("roles")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("fullName")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("dateOfBirth")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("nationality")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("address")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("politicallyExposed")));
        onboard(
                        me,
                        Applicants.onboarding("\"BORROWER\"", "Ann", "Lee", "1990-01-01", "GB", "A1")
                                .replaceAll("\"lines\": \\[[^]]*]", "\"lines\": []"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("document.lines"));
        onboard(
                        me,
                        Applicants.onboarding("\"LENDER\"", "Ann", "Lee", "1990-01-01", "GB", "A1")
                                .replace("\"LENDER\"", "\"LENDER\""))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/kyc/customers/me").with(caller("it-nobody-" + UUID.randomUUID(), "borrower")))
                .andExpect(status().isNotFound());
    }

    @Test
    void givenACallerWithoutTheLenderRole_whenAskingToLend_thenRefused() throws Exception {
        mvc.perform(post("/api/kyc/onboarding")
                        .with(caller("it-" + UUID.randomUUID(), "borrower"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Applicants.onboarding("\"LENDER\"", "Ann", "Lee", "1990-01-01", "GB", "A1")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("roles"));
    }

    @Test
    void givenAnOfficer_whenCheckingDocumentsAndScreeningNames_thenAnswersExplainThemselves() throws Exception {
        mvc.perform(post("/api/kyc/document-checks")
                        .with(caller("ops-1", "ops"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"CN_RESIDENT_ID\", \"number\": \"11010519491231002X\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.fields.dateOfBirth").value("1949-12-31"));
        mvc.perform(post("/api/kyc/document-checks")
                        .with(caller("ops-1", "ops"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"MRZ\", \"lines\": [\"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\","
                                + " \"L898902C36UTO7408122F1204159ZE184226B<<<<<10\"]}"))
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.failures[0]").value("the document expired on 2012-04-15"));
        mvc.perform(post("/api/kyc/screenings")
                        .with(caller("ops-1", "ops"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Manuel Antonio Noriaga\"}"))
                .andExpect(jsonPath("$.decision").value("REVIEW"))
                .andExpect(jsonPath("$.matches[0].list").value("OFAC-SDN"))
                .andExpect(jsonPath("$.matches[0].matchedOn", hasItem(containsString("noriaga ~ noriega"))))
                .andExpect(
                        jsonPath("$.matches[0].matchedOn", hasItem(containsString("the name alone does not block"))));
        mvc.perform(post("/api/kyc/screenings")
                        .with(caller("ops-1", "ops"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"\", \"nationality\": \"Atlantis\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(post("/api/kyc/screenings")
                        .with(caller("b-1", "borrower"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/kyc/reviews").with(caller("r-1", "regulator"))).andExpect(status().isForbidden());
    }
}
