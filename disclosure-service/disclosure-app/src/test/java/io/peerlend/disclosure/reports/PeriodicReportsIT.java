package io.peerlend.disclosure.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.peerlend.calendar.api.BusinessDateAdvanced;
import io.peerlend.disclosure.reports.domain.OperatingFigures;
import io.peerlend.disclosure.reports.domain.ReportSeal;
import io.peerlend.kyc.api.ComplaintCategory;
import io.peerlend.kyc.api.ComplaintEscalated;
import io.peerlend.kyc.api.ComplaintOutcome;
import io.peerlend.kyc.api.ComplaintRaised;
import io.peerlend.kyc.api.ComplaintResolved;
import io.peerlend.kyc.api.CustomerRole;
import io.peerlend.kyc.api.RelatedParty;
import io.peerlend.kyc.api.RelatedPartySet;
import io.peerlend.kyc.api.Sealed;
import io.peerlend.lending.api.FeeSchedules;
import io.peerlend.lending.api.LoanPartShare;
import io.peerlend.lending.api.events.FeeSchedulePublished;
import io.peerlend.lending.api.events.LoanDisbursed;
import io.peerlend.lending.api.events.LoanOpened;
import io.peerlend.lending.api.events.LoanPartListed;
import io.peerlend.lending.api.events.LoanPartTransferred;
import io.peerlend.platform.testing.ServiceTests;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The monthly report is published when the business date leaves the month, signed and chained; anyone can fetch it,
 * its CSV and signature, check it with the service and offline with openssl; and a replay of every event from zero
 * reproduces it byte for byte.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PeriodicReportsIT {

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        ServiceTests.useEventStore(registry);
        ServiceTests.useReadSide(registry, "disclosure-reports-it");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    EventStore store;

    @Autowired
    ReportArchive archive;

    @Autowired
    EventProcessingConfiguration processors;

    @Autowired
    PeriodicReports reports;

    private static boolean feesPublished;

    /** Given lending has published the uk profile's fees (as it does when it starts). */
    @BeforeEach
    void lendingsFees() {
        if (!feesPublished) {
            store.publish(new GenericDomainEventMessage<>(
                    "FeeSchedule",
                    FeeSchedules.idFor("GBP"),
                    0,
                    new FeeSchedulePublished(
                            "GBP",
                            Map.of("A*", 100, "A", 150, "B", 200, "C", 300, "D", 400, "E", 500),
                            Map.of("A*", 50, "A", 75, "B", 100, "C", 150, "D", 200, "E", 250),
                            1000,
                            12_00,
                            14,
                            Instant.parse("2031-01-01T00:00:00Z"))));
            feesPublished = true;
        }
    }

    @Test
    void givenALoanIssuedInMay_whenTheDateLeavesMay_thenTheReportIsPublishedSignedChainedAndReproducibleByReplay(
            @TempDir Path dir) throws Exception {
        // given a loan of 1,234.56 paid out in May 2031, and the business date moving from 31 May to 1 June
        Instant at = Instant.parse("2031-05-12T10:00:00Z");
        String loan = "loan:" + UUID.randomUUID();
        store.publish(
                new GenericDomainEventMessage<>(
                        "Loan",
                        loan,
                        0,
                        new LoanOpened(
                                loan,
                                "b-" + loan,
                                "market:B:12",
                                "B",
                                new BigDecimal("0.08"),
                                12,
                                1_234_56,
                                "GBP",
                                new BigDecimal("6.00"),
                                24_69,
                                12_35,
                                List.of(new LoanPartShare("lender-x", "o", 1_234_56)),
                                "payout:" + loan,
                                at)),
                new GenericDomainEventMessage<>(
                        "Loan",
                        loan,
                        1,
                        new LoanDisbursed(
                                loan, "b-" + loan, 1_209_87, "GBP", LocalDate.parse("2031-05-12"), List.of(), at)));
        // and its borrower is a member of the platform's staff, as KYC records
        store.publish(new GenericDomainEventMessage<>(
                "Customer", "b-" + loan, 0, new RelatedPartySet("b-" + loan, RelatedParty.STAFF, "customer", at)));
        // and its lender sold the part on the secondary market: listed on 15 May at a 1% discount, sold on 20 May
        String listing = "lst-" + loan;
        store.publish(
                new GenericDomainEventMessage<>(
                        "Loan",
                        loan,
                        2,
                        new LoanPartListed(
                                loan,
                                listing,
                                "lender-x",
                                List.of(0),
                                1_234_56,
                                -100,
                                "GBP",
                                LocalDate.parse("2031-05-15"),
                                at)),
                new GenericDomainEventMessage<>(
                        "Loan",
                        loan,
                        3,
                        new LoanPartTransferred(
                                loan,
                                listing,
                                "buy-" + loan,
                                "lender-x",
                                "lender-y",
                                List.of(0),
                                1_234_56,
                                -12_35,
                                1_62,
                                1_223_83,
                                12_22,
                                "GBP",
                                LocalDate.parse("2031-05-20"),
                                at)));
        store.publish(GenericEventMessage.asEventMessage(
                new BusinessDateAdvanced(LocalDate.parse("2031-05-31"), LocalDate.parse("2031-06-01"), "ops", at)));

        // then the May report is published, naming the report before it (if any) by its hash
        String path = "/public/disclosure/reports/monthly-operating/2031-05";
        MvcResult published = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> mvc.perform(get(path)).andReturn(),
                        r -> r.getResponse().getStatus() == 200);
        byte[] bytes = published.getResponse().getContentAsByteArray();
        String json = new String(bytes, StandardCharsets.UTF_8);
        assertThat(json).contains("\"period\":\"2031-05\"", "\"asOf\":\"2031-05-31\"", "\"currency\":\"GBP\"");
        // counting the related party's loan apart (the only related party among this month's borrowers)
        assertThat(json).contains("\"relatedParty\":{\"count\":1,\"amount\":\"1234.56\"}");
        assertThat(published.getResponse().getHeader("X-Report-SHA256")).isEqualTo(ReportSeal.sha256(bytes));
        String previous = archive.series("monthly-operating").stream()
                .filter(r -> r.id().compareTo("monthly-operating:2031-05") < 0)
                .reduce((a, b) -> b)
                .map(ReportSeal.Sealed::sha256)
                .orElse(OperatingFigures.NO_PREVIOUS);
        assertThat(json).contains("\"previousHash\":\"" + previous + "\"");

        // and the secondary market's month is published in its own series: one sale, its principal, price, the
        // average discount (−12.35 ÷ 1,234.56) and five days from listing to sale (published just after the
        // operating report, in the same close of the month)
        String secondary = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> mvc.perform(get("/public/disclosure/reports/monthly-secondary-market/2031-05"))
                                .andReturn(),
                        r -> r.getResponse().getStatus() == 200)
                .getResponse()
                .getContentAsString();
        assertThat(secondary)
                .contains(
                        "\"sales\":1",
                        "\"principalTraded\":\"1234.56\"",
                        "\"pricePaid\":\"1223.83\"",
                        "\"averagePremium\":\"-0.0100\"",
                        "\"averageDaysToSell\":\"5.0\"");

        // and the regulator has the month's figures on request (ops too; audited); nobody else
        mvc.perform(get("/api/disclosure/secondary-market")
                        .param("month", "2031-05")
                        .with(ServiceTests.caller("r-1", "regulator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sales").value(1))
                .andExpect(jsonPath("$.principalTraded").value("1234.56"));
        mvc.perform(get("/api/disclosure/secondary-market")
                        .param("month", "May")
                        .with(ServiceTests.caller("r-1", "regulator")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("month"));
        mvc.perform(get("/api/disclosure/secondary-market")
                        .param("month", "2031-05")
                        .with(ServiceTests.caller("l-1", "lender")))
                .andExpect(status().isForbidden());

        // and it checks out, with the service and as CSV
        mvc.perform(get(path + "/verification"))
                .andExpect(status().isOk())
                .andExpect(MockMvcResultMatchers.jsonPath("$.hashMatches").value(true))
                .andExpect(MockMvcResultMatchers.jsonPath("$.signatureValid").value(true))
                .andExpect(MockMvcResultMatchers.jsonPath("$.chainIntact").value(true))
                .andExpect(MockMvcResultMatchers.jsonPath("$.seriesIntact").value(true));
        String csv = mvc.perform(get(path + "/csv")).andReturn().getResponse().getContentAsString();
        assertThat(csv)
                .startsWith("item,value")
                .contains("period,2031-05", "cumulativeLending.count,", "overdueRate.byAmount,", "feeSchedule[0].fee,");
        // with the fees lending published, not a copy of them
        assertThat(json)
                .contains(
                        "GBP 12.00 once per instalment still unpaid 14 days after it was due",
                        "A* 1.00%, A 1.50%, B 2.00%, C 3.00%, D 4.00%, E 5.00%");

        // and the same figures are rebuilt from the events for a regulator asking about 31 May
        String rebuilt = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> mvc.perform(get("/api/disclosure/figures")
                                        .param("asOf", "2031-05-31")
                                        .with(ServiceTests.caller("reg-1", "regulator")))
                                .andReturn(),
                        r -> r.getResponse().getStatus() == 200)
                .getResponse()
                .getContentAsString();
        var mapper = JsonMapper.builder().build();
        var fromEvents = (ObjectNode) mapper.readTree(rebuilt);
        var publishedTree = (ObjectNode) mapper.readTree(bytes);
        fromEvents.remove("previousHash");
        publishedTree.remove("previousHash");
        assertThat(fromEvents).isEqualTo(publishedTree);
        mvc.perform(get("/api/disclosure/figures")
                        .param("asOf", "last May")
                        .with(ServiceTests.caller("reg-1", "regulator")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/disclosure/figures")
                        .param("asOf", "2031-05-31")
                        .with(ServiceTests.caller("b-1", "borrower")))
                .andExpect(status().isForbidden());

        // when anyone verifies it offline with the published key and standard tools
        String signature = mvc.perform(get(path + "/signature"))
                .andReturn()
                .getResponse()
                .getContentAsString()
                .trim();
        String pem = mvc.perform(get("/public/disclosure/keys/current"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Files.write(dir.resolve("report.json"), bytes);
        Files.write(dir.resolve("report.sig"), Base64.getDecoder().decode(signature));
        Files.writeString(dir.resolve("key.pem"), pem);
        assumeThat(openssl(dir, "version")).as("openssl on this machine").isZero();
        assertThat(openssl(
                        dir,
                        "pkeyutl",
                        "-verify",
                        "-pubin",
                        "-inkey",
                        "key.pem",
                        "-rawin",
                        "-in",
                        "report.json",
                        "-sigfile",
                        "report.sig"))
                .as("openssl accepts the signature")
                .isZero();
        // and one changed byte fails
        bytes[json.indexOf("2031-05")] = '3';
        Files.write(dir.resolve("report.json"), bytes);
        assertThat(openssl(
                        dir,
                        "pkeyutl",
                        "-verify",
                        "-pubin",
                        "-inkey",
                        "key.pem",
                        "-rawin",
                        "-in",
                        "report.json",
                        "-sigfile",
                        "report.sig"))
                .as("openssl refuses a changed report")
                .isNotZero();

        // when the date leaves 2031, the annual outcome statement is published, in its own chain, and checks out
        store.publish(GenericEventMessage.asEventMessage(
                new BusinessDateAdvanced(LocalDate.parse("2031-12-31"), LocalDate.parse("2032-01-01"), "ops", at)));
        String annual = "/public/disclosure/reports/annual-outcome/2031";
        MvcResult statement = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> mvc.perform(get(annual)).andReturn(),
                        r -> r.getResponse().getStatus() == 200);
        assertThat(statement.getResponse().getContentAsString())
                .contains(
                        "\"period\":\"2031\"",
                        "\"asOf\":\"2031-12-31\"",
                        "\"originatedFrom\":\"2029-01-01\"",
                        "{\"grade\":\"B\",\"originated\":\"2031\",\"loans\":");
        mvc.perform(get(annual + "/verification"))
                .andExpect(status().isOk())
                .andExpect(MockMvcResultMatchers.jsonPath("$.seriesIntact").value(true))
                .andExpect(MockMvcResultMatchers.jsonPath("$.signatureValid").value(true));
        assertThat(mvc.perform(get(annual + "/csv")).andReturn().getResponse().getContentAsString())
                .contains(
                        "defaultRates[0].expectedDefaultRate,",
                        "provisionFund.coverage,",
                        "lenderReturns[0].targetAnnualReturn,",
                        "assumptions[0],");

        // and the public page shows both, with its charts, to anyone
        String page = mvc.perform(get("/public/disclosure"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(
                        "<html lang=\"en\"",
                        "Latest monthly report",
                        "<svg role=\"img\"",
                        "Lending issued each month",
                        annual + "/verification",
                        path + "/csv",
                        "The outcome statement for <span>2031</span>",
                        // and each month's loan data with its manifest, for anyone to recompute the figures
                        "/public/disclosure/data/2031-05/loans.csv",
                        "/public/disclosure/reports/monthly-loan-data/2031-05/signature");

        // when every event is replayed from zero into a fresh loan book
        StreamingEventProcessor book = processors
                .eventProcessor("disclosure-loan-book", StreamingEventProcessor.class)
                .orElseThrow();
        long publishedReports = archive.series("monthly-operating").size();
        long publishedStatements = archive.series("annual-outcome").size();
        long publishedComplaints = archive.series("complaints").size();
        long publishedSecondary = archive.series("monthly-secondary-market").size();
        long publishedData = archive.series("monthly-loan-data").size();
        assertThat(publishedData).as("each month's loan data, with its reports").isEqualTo(publishedReports);
        book.shutDown();
        book.resetTokens();
        book.start();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> reports.reproduced()
                                >= publishedReports
                                        + publishedStatements
                                        + publishedComplaints
                                        + publishedSecondary
                                        + publishedData
                        && !book.isReplaying());

        // then every report is recomputed and matches what was published, byte for byte; none is published twice
        assertThat(archive.mismatches()).isZero();
        assertThat(archive.series("monthly-operating")).hasSize((int) publishedReports);
        assertThat(archive.series("annual-outcome")).hasSize((int) publishedStatements);
        assertThat(archive.series("complaints")).hasSize((int) publishedComplaints);
        assertThat(archive.series("monthly-secondary-market")).hasSize((int) publishedSecondary);
        assertThat(archive.series("monthly-loan-data")).hasSize((int) publishedData);
        assertThat(mvc.perform(get(annual)).andReturn().getResponse().getContentAsByteArray())
                .isEqualTo(statement.getResponse().getContentAsByteArray());
        byte[] again = mvc.perform(get(path)).andReturn().getResponse().getContentAsByteArray();
        assertThat(again).isEqualTo(published.getResponse().getContentAsByteArray());
    }

    @Test
    void givenComplaintsInTheFirstHalfYear_whenTheDateLeavesJune_thenTheirFiguresArePublishedSignedInTheirSeries()
            throws Exception {
        // given two complaints in February 2032: one upheld in time with redress, one referred to the ombudsman
        Instant feb = Instant.parse("2032-02-10T09:00:00Z");
        String first = "cmp-" + UUID.randomUUID();
        String second = "cmp-" + UUID.randomUUID();
        Sealed text = new Sealed("c-1", "sealed");
        store.publish(
                new GenericDomainEventMessage<>(
                        "Complaint",
                        first,
                        0,
                        new ComplaintRaised(
                                first,
                                "c-1",
                                CustomerRole.BORROWER,
                                ComplaintCategory.LOAN_TERMS_AND_FEES,
                                "loan-1",
                                text,
                                feb,
                                LocalDate.parse("2032-04-06"))),
                new GenericDomainEventMessage<>(
                        "Complaint",
                        first,
                        1,
                        new ComplaintResolved(
                                first,
                                "c-1",
                                ComplaintCategory.LOAN_TERMS_AND_FEES,
                                ComplaintOutcome.UPHELD,
                                text,
                                12_00,
                                "GBP",
                                "o-1",
                                feb.plusSeconds(20 * 86400),
                                true)),
                new GenericDomainEventMessage<>(
                        "Complaint",
                        second,
                        0,
                        new ComplaintRaised(
                                second,
                                "c-2",
                                CustomerRole.LENDER,
                                ComplaintCategory.INVESTMENT_AND_RETURNS,
                                null,
                                text,
                                feb,
                                LocalDate.parse("2032-04-06"))),
                new GenericDomainEventMessage<>(
                        "Complaint",
                        second,
                        1,
                        new ComplaintEscalated(
                                second,
                                "c-2",
                                ComplaintCategory.INVESTMENT_AND_RETURNS,
                                ComplaintEscalated.Reason.NO_FINAL_RESPONSE_IN_TIME,
                                feb.plusSeconds(60 * 86400))));
        // when the business date leaves 30 June 2032
        store.publish(GenericEventMessage.asEventMessage(new BusinessDateAdvanced(
                LocalDate.parse("2032-06-30"), LocalDate.parse("2032-07-01"), "ops", feb.plusSeconds(150 * 86400))));

        // then the half-year's complaints figures are published and check out
        String path = "/public/disclosure/reports/complaints/2032-H1";
        String json = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> mvc.perform(get(path)).andReturn(),
                        r -> r.getResponse().getStatus() == 200)
                .getResponse()
                .getContentAsString();
        var report = JsonMapper.builder().build().readTree(json);
        assertThat(report.get("from").asString()).isEqualTo("2032-01-01");
        assertThat(report.get("to").asString()).isEqualTo("2032-06-30");
        assertThat(report.get("opened").asLong()).isEqualTo(2);
        assertThat(report.get("openedByLenders").asLong()).isEqualTo(1);
        assertThat(report.get("closed").asLong()).isEqualTo(1);
        assertThat(report.get("upheldShare").asString()).isEqualTo("1.0000");
        assertThat(report.get("closedWithinDeadlineShare").asString()).isEqualTo("1.0000");
        assertThat(report.get("openAtEnd").asLong()).isEqualTo(1);
        assertThat(report.get("referredToOmbudsman").asLong()).isEqualTo(1);
        assertThat(report.get("redressOffered").asString()).isEqualTo("12.00");
        assertThat(json).doesNotContain("c-1", "sealed");
        mvc.perform(get(path + "/verification"))
                .andExpect(MockMvcResultMatchers.jsonPath("$.signatureValid").value(true));
        // and the half-year so far is public too
        mvc.perform(get("/public/disclosure/complaints/current"))
                .andExpect(status().isOk())
                .andExpect(MockMvcResultMatchers.jsonPath("$.series").value("complaints"));
        // and the public page shows the latest published half-year with its files
        String page =
                mvc.perform(get("/public/disclosure")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"complaints-heading\"", "Half-yearly complaints figures", path + "/signature");
    }

    private static int openssl(Path dir, String... args) throws Exception {
        try {
            List<String> command = new ArrayList<>(List.of("openssl"));
            command.addAll(List.of(args));
            Process p = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor();
        } catch (IOException notInstalled) {
            return -1;
        }
    }
}
