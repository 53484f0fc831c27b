package io.peerlend.lending.applications.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.peerlend.kyc.api.CustomerRole;
import io.peerlend.kyc.api.CustomerSuspended;
import io.peerlend.kyc.api.CustomerVerified;
import io.peerlend.kyc.api.RelatedParty;
import io.peerlend.kyc.api.RelatedPartySet;
import io.peerlend.kyc.api.RiskRating;
import io.peerlend.lending.api.BorrowerExposures;
import io.peerlend.lending.api.commands.PlaceOffer;
import io.peerlend.lending.scoring.LoopbackPeers;
import io.peerlend.platform.readside.ReadModelIndexes;
import io.peerlend.platform.testing.ServiceTests;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
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

    static final LoopbackPeers scoring = new LoopbackPeers();

    @AfterAll
    static void stopScoring() {
        scoring.close();
    }

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        registry.add("peerlend.lending.scoring.url", scoring::url);
        registry.add("peerlend.lending.kyc.url", scoring::url);
        registry.add("spring.security.oauth2.client.provider.peerlend.token-uri", () -> scoring.url() + "/token");
        ServiceTests.useEventStore(registry);
        ServiceTests.useReadSide(registry, "lending-it");
        // as the cn profile: the platform's related parties may not borrow (the uk default lends to them and discloses)
        registry.add("peerlend.lending.related-party-loans", () -> "REFUSED");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventGateway events;

    @Autowired
    CommandGateway commands;

    /** Given the KYC service has verified borrower b-1 (its event, in the shared store). */
    @BeforeEach
    void kycVerifiedB1() {
        if (!verified) {
            events.publish(verified("b-1"));
            verified = true;
        }
    }

    private static boolean verified;

    static CustomerVerified verified(String customerId) {
        return new CustomerVerified(
                customerId,
                Set.of(CustomerRole.BORROWER, CustomerRole.LENDER),
                RiskRating.LOW,
                LocalDate.now().plusYears(5),
                "system",
                Instant.now());
    }

    static final String DECLARATIONS = """
            "finances": {"netIncome": "%s", "outgoings": "1200.00", "debtRepayments": "100.00"},
            "circumstances": {"currentAccount": "LOW", "creditHistory": "EXISTING_REPAID_ON_TIME", "savings": "LOW",
              "employmentStatus": "EMPLOYED", "employmentYears": 3, "property": "CAR_OR_OTHER", "age": 31,
              "otherInstalmentPlans": "NONE", "housing": "RENT", "existingCredits": 1}""";
    private static final String VALID = application("5000.00", 36, "2800.00");

    static String application(String amount, int term, String income) {
        return "{\"amount\": \"" + amount + "\", \"termMonths\": " + term + ", \"purpose\": \"CAR\", "
                + DECLARATIONS.formatted(income) + "}";
    }

    @Test
    void a_borrower_submits_an_application_which_is_stored_as_an_event_and_read_back_from_the_projection()
            throws Exception {
        // when borrower b-1 submits
        MvcResult created = mvc.perform(post("/api/lending/applications")
                        .with(user("b-1", "borrower"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(VALID))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(header().exists("X-Correlation-Id"))
                .andExpect(jsonPath("$.amount").value("5000.00"))
                .andExpect(jsonPath("$.currency").value("GBP"))
                .andReturn();
        String id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");

        // then the event is in the PostgreSQL event store
        assertThat(jdbc.queryForObject(
                        "SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ?"
                                + " AND sequence_number = 0",
                        String.class,
                        id))
                .endsWith("LoanApplicationSubmitted");
        // with the borrower's declarations sealed: no income, outgoings, age, employment or housing in plain text
        String payload = jdbc.queryForObject(
                "SELECT convert_from(payload, 'UTF8') FROM domain_event_entry"
                        + " WHERE aggregate_identifier = ? AND sequence_number = 0",
                String.class,
                id);
        assertThat(payload)
                .doesNotContain("2800", "1200.00", "EMPLOYED", "RENT", "\"age\"", "creditHistory")
                .contains("\"sealedDeclarations\":\"", "\"incomeBand\":\"25000-39999\"");
        // and the projection serves it to its owner
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(
                        () -> mvc.perform(get("/api/lending/applications/" + id).with(user("b-1", "borrower")))
                                .andExpect(status().isOk())
                                .andExpect(jsonPath("$.termMonths").value(36)));
        // but another borrower cannot tell it exists, while operations staff can read it
        mvc.perform(get("/api/lending/applications/" + id).with(user("b-2", "borrower")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/lending/applications/" + id).with(user("o-1", "ops")))
                .andExpect(status().isOk());
        // and it is in its borrower's list, not in another's
        mvc.perform(get("/api/lending/applications").with(user("b-1", "borrower")))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].termMonths").value(36));
        mvc.perform(get("/api/lending/applications").with(user("b-2", "borrower")))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')]").isEmpty());

        // and the scoring service, called with the lending service's own token, grades it
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> mvc.perform(get("/api/lending/applications/" + id).with(user("b-1", "borrower")))
                                .andExpect(jsonPath("$.status").value("SCORED"))
                                .andExpect(jsonPath("$.grade").value("B"))
                                .andExpect(jsonPath("$.reasons[0]").value(LoopbackPeers.LONGER_TERM)));
        // and a reader of Chinese has the reasons in Chinese (stored in English, said in the reader's language)
        mvc.perform(get("/api/lending/applications/" + id)
                        .header("Accept-Language", "zh-CN")
                        .with(user("b-1", "borrower")))
                .andExpect(jsonPath("$.reasons[0]").value("贷款期限越长风险越高；期限较短的贷款评分会更好"));
        mvc.perform(get("/api/lending/applications")
                        .header("Accept-Language", "zh-CN")
                        .with(user("b-1", "borrower")))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].reasons[0]").value("贷款期限越长风险越高；期限较短的贷款评分会更好"));
        assertThat(scoring.callsWithToken.get()).isEqualTo(scoring.scoreCalls.get());
        // with the identity the KYC service verified, for the bureau search
        assertThat(scoring.scoresWithVerifiedIdentity.get()).isPositive();
    }

    @Test
    void givenAChineseReader_whenTheirApplicationIsRefused_thenTheProblemSaysWhyInChinese_fieldByField()
            throws Exception {
        mvc.perform(post("/api/lending/applications")
                        .with(user("b-1", "borrower"))
                        .header("Accept-Language", "zh-CN")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(application("100.00", 7, "2800.00")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("请求无效"))
                .andExpect(
                        jsonPath("$.errors[?(@.field == 'termMonths')].message").value("必须是 12、24、36、48 或 60 之一"))
                .andExpect(jsonPath("$.errors[?(@.field == 'amount')].message")
                        .value(Matchers.contains(Matchers.startsWith("必须在 "))));
        // and in English to everyone else
        mvc.perform(post("/api/lending/applications")
                        .with(user("b-1", "borrower"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(application("100.00", 7, "2800.00")))
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.errors[?(@.field == 'termMonths')].message")
                        .value("must be one of 12, 24, 36, 48 or 60"));
    }

    @Test
    void givenAProfileThatRefusesRelatedParties_whenAMemberOfStaffApplies_thenTheyAreRefused_andOthersAreNot()
            throws Exception {
        // given KYC records that b-staff works for the platform
        events.publish(new RelatedPartySet("b-staff", RelatedParty.STAFF, "customer", Instant.now()));
        // when they apply (the positive signal: the refusal, once KYC's record has reached lending)
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> mvc.perform(post("/api/lending/applications")
                                .with(user("b-staff", "borrower"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(VALID))
                        .andExpect(status().isConflict())
                        .andExpect(jsonPath("$.detail")
                                .value("the platform does not lend to its related parties (its staff, its"
                                        + " shareholders and their close family)")));
        // and it says so in Chinese to a Chinese reader
        mvc.perform(post("/api/lending/applications")
                        .with(user("b-staff", "borrower"))
                        .header("Accept-Language", "zh-CN")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(VALID))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("本平台不向其关联方（平台员工、股东及其近亲属）提供借款"));
        // then nothing was applied for; and once KYC clears the flag, they may apply like anyone
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%LoanApplicationSubmitted'"
                                + " AND convert_from(payload, 'UTF8') LIKE '%b-staff%'",
                        Integer.class))
                .isZero();
        events.publish(new RelatedPartySet("b-staff", null, "ops-1", Instant.now()));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> mvc.perform(post("/api/lending/applications")
                                .with(user("b-staff", "borrower"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(VALID))
                        .andExpect(status().isCreated()));
    }

    @Test
    void an_unaffordable_application_is_declined_with_the_reason() throws Exception {
        String id = submit(application("5000.00", 36, "100.00"));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> mvc.perform(get("/api/lending/applications/" + id).with(user("b-1", "borrower")))
                                .andExpect(jsonPath("$.status").value("DECLINED"))
                                .andExpect(jsonPath("$.reasons[0]").value(LoopbackPeers.UNAFFORDABLE)));
        mvc.perform(get("/api/lending/applications/" + id)
                        .header("Accept-Language", "zh-CN")
                        .with(user("b-1", "borrower")))
                .andExpect(jsonPath("$.reasons[0]").value("每月还款约 158.62 GBP 后，您每月只剩 -1358.62 GBP，低于我们要求您保留的 200 GBP"));
    }

    @Test
    void an_application_waits_through_a_scoring_outage_and_is_scored_when_scoring_returns() throws Exception {
        scoring.down.set(true);
        try {
            // given scoring is down when the application arrives
            int callsBefore = scoring.scoreCalls.get();
            String id = submit(VALID);
            // then it is tried, and the application waits: never approved without a score
            await().atMost(Duration.ofSeconds(15)).until(() -> scoring.scoreCalls.get() > callsBefore + 2);
            mvc.perform(get("/api/lending/applications/" + id).with(user("b-1", "borrower")))
                    .andExpect(jsonPath("$.status").value("SCORING"))
                    .andExpect(jsonPath("$.grade").doesNotExist());
            // when scoring is back
            scoring.down.set(false);
            // then the same application is scored
            await().atMost(Duration.ofSeconds(120))
                    .untilAsserted(() -> mvc.perform(
                                    get("/api/lending/applications/" + id).with(user("b-1", "borrower")))
                            .andExpect(jsonPath("$.status").value("SCORED")));
        } finally {
            scoring.down.set(false);
        }
    }

    @Test
    void an_application_waits_for_kyc_and_is_scored_once_the_borrower_is_verified() throws Exception {
        // given borrower b-3 has not been verified by the KYC service
        String borrower = "b-3-" + UUID.randomUUID();
        int callsBefore = scoring.scoreCalls.get();
        String id = submit(borrower, VALID);
        // then the application waits, and scoring is not even asked
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> mvc.perform(get("/api/lending/applications/" + id).with(user(borrower, "borrower")))
                                .andExpect(jsonPath("$.status").value("WAITING_FOR_KYC")));
        assertThat(scoring.scoreCalls.get()).isEqualTo(callsBefore);
        // when KYC verifies the borrower
        events.publish(verified(borrower));
        // then the waiting application goes on and is scored
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> mvc.perform(get("/api/lending/applications/" + id).with(user(borrower, "borrower")))
                                .andExpect(jsonPath("$.status").value("SCORED")));
    }

    @Test
    void given_offers_in_its_market_a_scored_application_is_quoted_with_apr_schedule_and_pre_contract_information()
            throws Exception {
        // given ten lenders offering 50,000.00 each in market B × 48 (parts of at most 500.00: 1% of an offer)
        for (int i = 0; i < 10; i++) {
            commands.sendAndWait(
                    new PlaceOffer("market:B:48", "it-off-" + i, "it-lender-" + i, 50_000_00, 500 + 20 * i));
        }
        // when a verified borrower's application for 5,000.00 over 48 months is scored B
        String id = submit(application("5000.00", 48, "2800.00"));

        // then it is quoted at the weighted rate of the ten cheapest parts: 500 × (5.00 + 5.20 + … + 6.80) / 5,000
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> mvc.perform(get("/api/lending/applications/" + id).with(user("b-1", "borrower")))
                                .andExpect(jsonPath("$.status").value("QUOTED")));
        mvc.perform(get("/api/lending/applications/" + id + "/quote").with(user("b-1", "borrower")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.available").value(true))
                .andExpect(jsonPath("$.market").value("market:B:48"))
                .andExpect(jsonPath("$.rate").value("5.90"))
                .andExpect(jsonPath("$.fee").value("100.00"))
                .andExpect(jsonPath("$.amountOfCredit").value("4900.00"))
                .andExpect(jsonPath("$.installments.length()").value(48))
                .andExpect(
                        jsonPath("$.preContractInformation.totalAmountOfCredit").value("5000.00"))
                .andExpect(
                        jsonPath("$.preContractInformation.rightOfWithdrawal").exists());
        // and a borrower who reads Chinese gets it in Chinese, with the same figures
        mvc.perform(get("/api/lending/applications/" + id + "/quote")
                        .header("Accept-Language", "zh-CN")
                        .with(user("b-1", "borrower")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.preContractInformation.typeOfCredit").value("固定金额无担保个人贷款"))
                .andExpect(jsonPath("$.preContractInformation.borrowingRate").value("年利率 5.90%，固定利率"))
                .andExpect(
                        jsonPath("$.preContractInformation.rightOfWithdrawal").value(containsString("天内撤回")))
                .andExpect(
                        jsonPath("$.preContractInformation.totalAmountOfCredit").value("5000.00"));
        mvc.perform(get("/api/lending/applications/" + id + "/quote").with(user("b-2", "borrower")))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_suspended_customers_new_application_waits() throws Exception {
        String borrower = "b-4-" + UUID.randomUUID();
        events.publish(verified(borrower));
        events.publish(new CustomerSuspended(borrower, "AML case: SAR filed", "ops-1", Instant.now()));
        String id = submit(borrower, VALID);
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> mvc.perform(get("/api/lending/applications/" + id).with(user(borrower, "borrower")))
                                .andExpect(jsonPath("$.status").value("WAITING_FOR_KYC")));
        // and the officer's words stay in KYC: lending records the restriction with a neutral reason
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM domain_event_entry"
                                        + " WHERE aggregate_identifier = ? AND payload_type LIKE '%BorrowerRestricted'",
                                Integer.class, BorrowerExposures.idFor(borrower))
                        == 1);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE"
                                + " 'io.peerlend.lending.%' AND convert_from(payload, 'UTF8') LIKE '%SAR filed%'",
                        Integer.class))
                .isZero();
    }

    private String submit(String body) throws Exception {
        return submit("b-1", body);
    }

    private String submit(String borrower, String body) throws Exception {
        MvcResult created = mvc.perform(post("/api/lending/applications")
                        .with(user(borrower, "borrower"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn();
        return JsonPath.read(created.getResponse().getContentAsString(), "$.id");
    }

    @Test
    void bad_input_gets_a_problem_naming_each_field_and_stores_nothing() throws Exception {
        // what a refused application could have stored: an application, or anything on this borrower (other tests'
        // processes may still be storing their own events meanwhile)
        String stored = "SELECT count(*) FROM domain_event_entry"
                + " WHERE payload_type LIKE '%LoanApplicationSubmitted' OR aggregate_identifier = 'b-1'";
        Integer before = jdbc.queryForObject(stored, Integer.class);
        mvc.perform(post("/api/lending/applications")
                        .with(user("b-1", "borrower"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"amount": "12.3456", "purpose": "CAR"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'amount')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'termMonths')]").exists());
        mvc.perform(post("/api/lending/applications")
                        .with(user("b-1", "borrower"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"amount": "50.00", "termMonths": 18, "purpose": "CAR", %s}""".formatted(DECLARATIONS.formatted("2800.00"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'amount')].message")
                        .value("must be between 1000.00 and 25000.00"))
                .andExpect(jsonPath("$.errors[?(@.field == 'termMonths')]").exists());
        mvc.perform(post("/api/lending/applications")
                        .with(user("b-1", "borrower"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"amount": "5000.00", "termMonths": 36, "purpose": "YACHT", %s}""".formatted(DECLARATIONS.formatted("2800.00"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("purpose"));
        mvc.perform(post("/api/lending/applications")
                        .with(user("b-1", "borrower"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(jdbc.queryForObject(stored, Integer.class)).isEqualTo(before);
    }

    @Test
    void only_borrowers_submit_and_callers_without_a_token_are_turned_away() throws Exception {
        mvc.perform(post("/api/lending/applications")
                        .with(user("r-1", "regulator"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(VALID))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/lending/applications")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(VALID))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/lending/anything-else").with(user("o-1", "ops"))).andExpect(status().isForbidden());
    }

    private static JwtRequestPostProcessor user(String subject, String... roles) {
        return ServiceTests.caller(subject, roles);
    }

    @Autowired
    ReadModelIndexes readModelIndexes;

    @Autowired
    MongoTemplate readSide;

    @Test
    void givenTheServiceStarted_thenEveryReadModelIndexItDeclaresExists() {
        assertThat(readModelIndexes.all()).isNotEmpty();
        assertThat(readModelIndexes.missingIn(readSide)).isEmpty();
    }
}
