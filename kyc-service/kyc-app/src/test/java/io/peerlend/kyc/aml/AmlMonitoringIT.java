package io.peerlend.kyc.aml;

import static io.peerlend.platform.testing.ServiceTests.caller;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.peerlend.kyc.checks.documents.MrzSpecimens;
import io.peerlend.lending.api.PayerCheck;
import io.peerlend.lending.api.events.LenderFundsDeposited;
import io.peerlend.lending.api.events.LenderFundsLent;
import io.peerlend.lending.api.events.LenderFundsWithdrawn;
import io.peerlend.lending.api.events.LoanDisbursed;
import io.peerlend.lending.api.events.LoanRepaymentReceived;
import io.peerlend.platform.testing.ServiceTests;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.bson.Document;
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
 * AML monitoring on the lender account's money events (published into the shared store as the lending service
 * publishes them): alerts open a case with its evidence, and an officer clears it or reports it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AmlMonitoringIT {

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        ServiceTests.useEventStore(registry);
        ServiceTests.useReadSide(registry, "kyc-aml-it");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    EventGateway events;

    @Autowired
    MongoTemplate mongo;

    private String caseOf(String customerId) throws Exception {
        String[] id = new String[1];
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            String body = mvc.perform(
                            get("/api/kyc/aml/cases").param("status", "OPEN").with(caller("ops-1", "ops")))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            List<String> ids = JsonPath.read(body, "$[?(@.customerId == '" + customerId + "')].caseId");
            Assertions.assertThat(ids).hasSize(1);
            id[0] = ids.get(0);
        });
        return id[0];
    }

    @Test
    void givenDepositsJustBelowTheThreshold_whenMonitored_thenACaseWithTheEvidenceWhichAnOfficerReports()
            throws Exception {
        String lender = "lender-" + UUID.randomUUID();
        onboard(lender);
        Instant t = Instant.now();
        // given two deposits just under GBP 10,000 within three days
        events.publish(new LenderFundsDeposited(lender, "pay-a-" + lender, 9_600_00, "GBP", t));
        events.publish(new LenderFundsDeposited(lender, "pay-b-" + lender, 9_700_00, "GBP", t.plusSeconds(3 * 86400)));

        // then a case is open, naming the rule and both payments
        String caseId = caseOf(lender);
        mvc.perform(get("/api/kyc/aml/cases/" + caseId).with(caller("ops-1", "ops")))
                .andExpect(jsonPath("$.alerts[0].rule").value("STRUCTURING"))
                .andExpect(jsonPath("$.alerts[0].evidence[*].movementId", hasItem("pay-a-" + lender)))
                .andExpect(jsonPath("$.alerts[0].evidence[*].movementId", hasItem("pay-b-" + lender)));

        // when a withdrawal of nearly all of it follows, the alert joins the same case
        events.publish(new LenderFundsWithdrawn(lender, "out-" + lender, 19_000_00, "GBP", t.plusSeconds(5 * 86400)));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> mvc.perform(get("/api/kyc/aml/cases/" + caseId).with(caller("ops-1", "ops")))
                                .andExpect(jsonPath("$.alerts[*].rule", hasItem("IN_AND_OUT"))));

        // and an officer reports it; the supervisor exports the report with the subject's details
        mvc.perform(
                        post("/api/kyc/aml/cases/" + caseId + "/report")
                                .with(caller("ops-1", "ops"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"note\": \"Two deposits under the threshold, withdrawn within days, nothing lent.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reportId", containsString("SAR-")));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(
                                get("/api/kyc/aml/cases/" + caseId + "/report").with(caller("sup-1", "ops-supervisor")))
                        .andExpect(status().isOk())
                        .andExpect(header().string("Content-Disposition", containsString("attachment")))
                        .andExpect(jsonPath("$.subject.fullName").value("Lena Marsh"))
                        .andExpect(jsonPath("$.narrative")
                                .value("Two deposits under the threshold, withdrawn within days, nothing lent."))
                        .andExpect(jsonPath("$.alerts[*].rule", hasItem("STRUCTURING"))));
        mvc.perform(get("/api/kyc/aml/cases/" + caseId + "/report").with(caller("ops-1", "ops")))
                .andExpect(status().isForbidden());
        // and files it in the UK FIU's layout: one field a row, the subject's details, the reason, each movement once
        String filing = mvc.perform(
                        get("/api/kyc/aml/cases/" + caseId + "/report/filing").with(caller("sup-1", "ops-supervisor")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Assertions.assertThat(filing.lines())
                .startsWith("section,field,value")
                .contains(
                        "subject,Surname,Marsh",
                        "subject,Forenames,Lena",
                        "reason,Reason for suspicion,\"Two deposits under the threshold, withdrawn within days, nothing"
                                + " lent.\"",
                        "transaction 1,Amount,9600.00",
                        "transaction 1,Credit or debit,Credit",
                        "transaction 3,Amount,19000.00",
                        "transaction 3,Credit or debit,Debit")
                .noneMatch(line -> line.startsWith("transaction 4"));
        mvc.perform(get("/api/kyc/aml/cases/" + caseId + "/report/filing").with(caller("ops-1", "ops")))
                .andExpect(status().isForbidden());
        // and the customer's risk rating reflects the report
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(
                                get("/api/kyc/customers/" + lender).with(caller("ops-1", "ops")))
                        .andExpect(jsonPath("$.riskRating").value("HIGH"))
                        .andExpect(jsonPath("$.riskFactors[0]", containsString("reported for suspicious activity"))));
        mvc.perform(post("/api/kyc/aml/cases/" + caseId + "/clearance")
                        .with(caller("ops-1", "ops"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\": \"again\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void givenABorrowerWhoPaysOffALargeLoanWeeksAfterPayout_whenMonitored_thenAnEarlyPayoffCase() throws Exception {
        String borrower = "borrower-" + UUID.randomUUID();
        String loan = "loan-" + UUID.randomUUID();
        Instant paidOut = Instant.now().minus(Duration.ofDays(40));
        events.publish(new LoanDisbursed(
                loan, borrower, 7_800_00, "GBP", LocalDate.now().minusDays(40), List.of(), paidOut));
        // an instalment, then everything still owed
        events.publish(receipt(loan, 1, "SCHEDULED", 250_00, paidOut.plus(Duration.ofDays(30))));
        events.publish(receipt(loan, 2, "FULL", 7_700_00, paidOut.plus(Duration.ofDays(38))));

        String caseId = caseOf(borrower);
        mvc.perform(get("/api/kyc/aml/cases/" + caseId).with(caller("ops-1", "ops")))
                .andExpect(jsonPath("$.alerts[0].rule").value("EARLY_PAYOFF"))
                .andExpect(jsonPath("$.alerts[0].evidence[*].movementId", hasItem(loan + "/paid-out")))
                .andExpect(jsonPath("$.alerts[0].evidence[*].movementId", hasItem(loan + "/receipt/2")));
    }

    @Test
    void givenADepositFromSomeoneElsesAccount_whenMonitored_thenAThirdPartyPayerCaseButNoneForTheLendersOwn()
            throws Exception {
        // given a lender's first deposit from their own account, then one from an account in another name
        String lender = "lender-" + UUID.randomUUID();
        Instant t = Instant.now();
        events.publish(new LenderFundsDeposited(lender, "own-" + lender, 200_00, "GBP", t, PayerCheck.OWN_NAME));
        events.publish(new LenderFundsDeposited(
                lender, "other-" + lender, 300_00, "GBP", t.plusSeconds(60), PayerCheck.OTHER_NAME));

        // then one case, naming only the second payment
        String caseId = caseOf(lender);
        mvc.perform(get("/api/kyc/aml/cases/" + caseId).with(caller("ops-1", "ops")))
                .andExpect(jsonPath("$.alerts.length()").value(1))
                .andExpect(jsonPath("$.alerts[0].rule").value("THIRD_PARTY_PAYER"))
                .andExpect(jsonPath("$.alerts[0].evidence[*].movementId", hasItem("other-" + lender)))
                .andExpect(jsonPath("$.alerts[0].evidence.length()").value(1));
    }

    @Test
    void givenALenderWhoLendsInManyParts_whenMonitored_thenTheirRecordStaysSmallAndLendingStillCounts()
            throws Exception {
        // given a deposit, lent out in 300 small parts over a day, then most of it withdrawn two days later
        String lender = "lender-" + UUID.randomUUID();
        Instant t = Instant.now().minus(Duration.ofDays(5));
        events.publish(new LenderFundsDeposited(lender, "in-" + lender, 2_000_00, "GBP", t));
        for (int part = 0; part < 300; part++) {
            events.publish(new LenderFundsLent(
                    lender, "loan-" + part, 5_00, "GBP", t.plusSeconds(3600 + part * 60L), "offer-" + lender, 500));
        }
        events.publish(new LenderFundsWithdrawn(lender, "out-" + lender, 1_900_00, "GBP", t.plus(Duration.ofDays(2))));
        // and then a large deposit, which opens a case of its own
        events.publish(
                new LenderFundsDeposited(lender, "large-" + lender, 25_000_00, "GBP", t.plus(Duration.ofDays(3))));

        // then the withdrawal was not taken for money passed through (it would have opened a case the large deposit
        // joined): the one case names the large deposit alone
        String caseId = caseOf(lender);
        mvc.perform(get("/api/kyc/aml/cases/" + caseId).with(caller("ops-1", "ops")))
                .andExpect(jsonPath("$.alerts.length()").value(1))
                .andExpect(jsonPath("$.alerts[0].rule").value("LARGE_DEPOSIT"));
        // and the lender's record holds the money in and out, not one entry per part lent (a busy lender takes
        // thousands of parts in the months monitoring looks back, each of which rewrote the record)
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Document record = mongo.findById(lender, Document.class, "aml_monitoring");
            Assertions.assertThat(record).isNotNull();
            Assertions.assertThat(record.getList("movements", Document.class))
                    .extracting(m -> m.getString("kind"))
                    .containsExactly("DEPOSIT", "WITHDRAWAL", "DEPOSIT");
        });
    }

    private static LoanRepaymentReceived receipt(String loan, int number, String kind, long amountMinor, Instant at) {
        return new LoanRepaymentReceived(
                loan,
                "ref-" + number,
                number,
                kind,
                amountMinor,
                "GBP",
                0,
                0,
                amountMinor,
                0,
                0,
                0,
                List.of(),
                List.of(),
                List.of(),
                LocalDate.ofInstant(at, ZoneOffset.UTC),
                at);
    }

    @Test
    void givenOneLargeDeposit_whenMonitored_thenACaseWhichAnOfficerClearsAndARepeatedEventOpensNoOther()
            throws Exception {
        String lender = "lender-" + UUID.randomUUID();
        LenderFundsDeposited large = new LenderFundsDeposited(lender, "pay-" + lender, 25_000_00, "GBP", Instant.now());
        events.publish(large);
        String caseId = caseOf(lender);
        mvc.perform(post("/api/kyc/aml/cases/" + caseId + "/clearance")
                        .with(caller("ops-1", "ops"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\": \"house sale, completion statement seen\"}"))
                .andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> mvc.perform(get("/api/kyc/aml/cases/" + caseId).with(caller("ops-1", "ops")))
                                .andExpect(jsonPath("$.status").value("CLEARED"))
                                .andExpect(jsonPath("$.closedBy").value("ops-1")));
        events.publish(large); // a redelivered event
        // then a later large deposit, judged after the redelivery in the same processing group: it opens a case of
        // its own only if no case was open, so the one open case being the later deposit's proves the redelivery
        // opened none
        events.publish(new LenderFundsDeposited(lender, "pay-later-" + lender, 25_000_00, "GBP", Instant.now()));
        String laterCase = caseOf(lender);
        Assertions.assertThat(laterCase)
                .isNotEqualTo(caseId)
                .isEqualTo("aml-"
                        + UUID.nameUUIDFromBytes((lender + ":pay-later-" + lender).getBytes(StandardCharsets.UTF_8)));
        mvc.perform(get("/api/kyc/aml/cases").with(caller("b-1", "borrower"))).andExpect(status().isForbidden());
    }

    private void onboard(String subject) throws Exception {
        String body = """
                {"roles": ["LENDER"], "fullName": "Lena Marsh", "dateOfBirth": "1980-02-02", "nationality": "GB",
                 "address": {"line1": "2 Quay", "city": "Bristol", "postcode": "BS1 4ST", "country": "GB"},
                 "contact": {"email": "lena@example.com"}, "politicallyExposed": false,
                 "document": {"type": "MRZ", "lines": ["%s", "%s"]}}""".formatted(
                        MrzSpecimens.td3Line1("GBR", "Marsh", "Lena"),
                        MrzSpecimens.td3Line2("L4440001", "GBR", "800202", "F", "491231", ""));
        mvc.perform(post("/api/kyc/onboarding")
                        .with(caller(subject, "lender"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated());
    }
}
