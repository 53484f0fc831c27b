package io.peerlend.disclosure.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.peerlend.calendar.api.BusinessDateAdvanced;
import io.peerlend.disclosure.reports.domain.MonthlyData;
import io.peerlend.disclosure.verifier.Finding;
import io.peerlend.disclosure.verifier.Findings;
import io.peerlend.disclosure.verifier.Verifier;
import io.peerlend.disclosure.verifier.VerifyDisclosure;
import io.peerlend.lending.api.InstalmentPayment;
import io.peerlend.lending.api.LoanPartShare;
import io.peerlend.lending.api.ScheduledInstalment;
import io.peerlend.lending.api.events.DefaultCovered;
import io.peerlend.lending.api.events.FeeSchedulePublished;
import io.peerlend.lending.api.events.LoanArrearsChanged;
import io.peerlend.lending.api.events.LoanDefaulted;
import io.peerlend.lending.api.events.LoanDisbursed;
import io.peerlend.lending.api.events.LoanOpened;
import io.peerlend.lending.api.events.LoanPartListed;
import io.peerlend.lending.api.events.LoanPartListingCancelled;
import io.peerlend.lending.api.events.LoanPartTransferred;
import io.peerlend.lending.api.events.LoanRepaid;
import io.peerlend.lending.api.events.LoanRepaymentReceived;
import io.peerlend.platform.testing.ServiceTests;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Figures anyone can recompute: a year and a quarter of a small platform's lending (loans repaid on time and early,
 * in arrears, defaulted, covered by the fund and partly recovered; parts sold and listings withdrawn on the secondary
 * market), each month closed as the business date leaves it; then the independent verifier — run as anyone would,
 * against the service's public address — downloads everything published and recomputes every loan-derived figure of
 * every monthly report and the annual outcome statement from the loan-level data alone. A changed byte anywhere is
 * caught.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicDataVerificationIT {

    private static final LocalDate START = LocalDate.parse("2040-01-02");
    private static final LocalDate LAST = LocalDate.parse("2041-01-31");
    private static final String[] GRADES = {"A*", "A", "B", "C", "D", "E"};

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        // an event store of its own: loans without their funding, which the lending tests' books must not see
        ServiceTests.useOwnEventStore(registry, "disclosure_verification_it");
        ServiceTests.useReadSide(registry, "disclosure-verification-it");
    }

    @LocalServerPort
    int port;

    @Autowired
    EventStore store;

    @Autowired
    ReportArchive archive;

    @Test
    void givenAYearOfLendingClosedMonthByMonth_whenAnyoneRunsTheVerifier_thenEveryLoanDerivedFigureIsRecomputed(
            @TempDir Path tamper) throws Exception {
        // given fees published by lending, then 36 loans over 2040 and their servicing, each day's events before the
        // business date leaves that day; the last step jumps three months at once (three months closed in one go)
        store.publish(GenericEventMessage.asEventMessage(new FeeSchedulePublished(
                "GBP",
                Map.of("A*", 100, "A", 150, "B", 200, "C", 300, "D", 400, "E", 500),
                Map.of("A*", 50, "A", 75, "B", 100, "C", 150, "D", 200, "E", 250),
                1000,
                12_00,
                14,
                Instant.parse("2039-12-01T00:00:00Z"),
                200,
                new BigDecimal("0.85"),
                100)));
        TreeMap<LocalDate, List<EventMessage<?>>> days = new TreeMap<>();
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int n = 0; n < 36; n++) {
            loan(run, n, days);
        }
        LocalDate today = START.minusDays(1);
        for (var day : days.headMap(LAST, true).entrySet()) {
            store.publish(GenericEventMessage.asEventMessage(
                    new BusinessDateAdvanced(today, day.getKey(), "ops", at(day.getKey()))));
            store.publish(day.getValue());
            today = day.getKey();
        }
        store.publish(GenericEventMessage.asEventMessage(
                new BusinessDateAdvanced(today, LocalDate.parse("2041-04-02"), "ops", at(today))));
        await().atMost(Duration.ofSeconds(90))
                .until(() -> archive.find(MonthlyData.SERIES, "2041-03").isPresent()
                        && archive.find("annual-outcome", "2040").isPresent());

        // when anyone runs the verifier against the platform's public address
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = VerifyDisclosure.run(
                "http://localhost:" + port, new PrintStream(printed, true, StandardCharsets.UTF_8));
        String output = printed.toString(StandardCharsets.UTF_8);
        System.out.println(output.lines()
                .filter(l -> l.startsWith("#") || l.startsWith("CONSISTENT") || l.startsWith("DIFFERS"))
                .reduce("", (a, b) -> a + b + "\n"));

        // then nothing differs: every seal and chain verifies, every data file is the one its manifest signed
        assertThat(exit).as(output).isZero();
        Path downloaded = Path.of(output.lines()
                .filter(l -> l.startsWith("# downloaded into "))
                .findFirst()
                .orElseThrow()
                .substring("# downloaded into ".length()));
        Findings findings = Verifier.verify(downloaded);
        assertThat(findings.allAgree()).isTrue();
        // and each month's operating report (January 2040 to March 2041) had its loan figures recomputed exactly
        for (String month : List.of("2040-01", "2040-06", "2040-12", "2041-02", "2041-03")) {
            assertThat(verdict(findings, "monthly-operating", month, "outstanding.amount"))
                    .isEqualTo(Finding.Verdict.CONFIRMED);
            assertThat(verdict(findings, "monthly-operating", month, "overdueOver90Days.amount"))
                    .isEqualTo(Finding.Verdict.CONFIRMED);
        }
        // and defaults, cover and recoveries did happen in the data (the figures are not all zero)
        assertThat(published(findings, "monthly-operating", "2040-12", "repaidOnBorrowersBehalf.count"))
                .isNotEqualTo("0");
        assertThat(published(findings, "monthly-operating", "2040-12", "overdue.count"))
                .isNotEqualTo("0");
        // and the secondary market's months, every figure
        assertThat(findings.all().stream()
                        .filter(f -> f.series().equals("monthly-secondary-market"))
                        .map(Finding::verdict)
                        .distinct())
                .containsExactly(Finding.Verdict.CONFIRMED);
        assertThat(published(findings, "monthly-secondary-market", "2040-12", "salesToDate"))
                .isNotEqualTo("0");
        // and the 2040 outcome statement: default rates, arrears, the fund's coverage and target returns exactly;
        // actual returns within what dates to the month allow
        List<Finding> outcome = findings.all().stream()
                .filter(f -> f.series().equals("annual-outcome") && !f.item().equals("seal"))
                .toList();
        assertThat(outcome)
                .filteredOn(f -> f.item().endsWith("targetAnnualReturn")
                        || f.item().endsWith("expectedDefaultRate")
                        || f.item().startsWith("arrears[")
                        || f.item().equals("provisionFund.coverage"))
                .isNotEmpty()
                .allMatch(f -> f.verdict() == Finding.Verdict.CONFIRMED);
        assertThat(outcome)
                .filteredOn(f -> f.item().endsWith("actualAnnualReturn"))
                .isNotEmpty()
                .allMatch(f -> f.verdict() == Finding.Verdict.CONSISTENT);
        // and what is not checked is only what the loan-level data cannot give, each said why
        assertThat(findings.all())
                .filteredOn(f -> f.verdict() == Finding.Verdict.NOT_CHECKED)
                .extracting(Finding::item)
                .allMatch(item -> item.startsWith("lenders.")
                        || item.startsWith("borrowers.")
                        || item.startsWith("concentration.")
                        || item.startsWith("relatedParty.")
                        || item.equals("feeSchedule")
                        || item.equals("provisionFund.balance"));

        // when one figure of a published report is changed after the fact
        Path changedReport = copy(downloaded, tamper.resolve("report"));
        Path june = changedReport.resolve("reports/monthly-operating/2040-06.json");
        String json = Files.readString(june);
        String amount = published(findings, "monthly-operating", "2040-06", "outstanding.amount");
        Files.writeString(june, json.replace("\"amount\":\"" + amount + "\"", "\"amount\":\"1" + amount + "\""));
        Findings changed = Verifier.verify(changedReport);
        // then its seal fails, and the verifier names the figure
        assertThat(verdict(changed, "monthly-operating", "2040-06", "seal")).isEqualTo(Finding.Verdict.DIFFERS);
        assertThat(verdict(changed, "monthly-operating", "2040-06", "outstanding.amount"))
                .isEqualTo(Finding.Verdict.DIFFERS);

        // when one byte of a month's loan data is changed
        Path changedData = copy(downloaded, tamper.resolve("data"));
        Path loans = changedData.resolve("data/2040-06/loans.csv");
        byte[] bytes = Files.readAllBytes(loans);
        bytes[bytes.length - 3] = (byte) (bytes[bytes.length - 3] == '1' ? '2' : '1');
        Files.write(loans, bytes);
        Findings broken = Verifier.verify(changedData);
        // then the file no longer matches its signed manifest, and no month from it on is vouched for
        assertThat(verdict(broken, MonthlyData.SERIES, "2040-06", "loans.sha256"))
                .isEqualTo(Finding.Verdict.DIFFERS);
        assertThat(verdict(broken, "monthly-operating", "2040-07", "*")).isEqualTo(Finding.Verdict.NOT_CHECKED);
        assertThat(verdict(broken, "monthly-operating", "2040-05", "outstanding.amount"))
                .isEqualTo(Finding.Verdict.CONFIRMED);
    }

    /**
     * One loan's life, in date order: paid out, then by {@code n % 6}: stops paying after two instalments, falls
     * into arrears, defaults, is covered by the fund and is partly recovered (0); repays early (1); pays every
     * instalment (the rest). Some lenders list their part: sold a week later (n % 5 == 2) or withdrawn (n % 5 == 3).
     */
    private static void loan(String run, int n, TreeMap<LocalDate, List<EventMessage<?>>> days) {
        String loan = "vloan-" + run + "-" + n;
        String grade = GRADES[n % GRADES.length];
        int term = n % 2 == 0 ? 12 : 24;
        long principal = (1_000 + 137L * n) * 100;
        long interest = principal / 160;
        LocalDate paidOut = START.plusDays(9L * n);
        List<Object[]> life = new ArrayList<>();
        life.add(new Object[] {
            paidOut,
            new LoanOpened(
                    loan,
                    "vb-" + n % 30,
                    "market:" + grade + ":" + term,
                    grade,
                    new BigDecimal("0.0" + (3 + n % 7) + "5"),
                    term,
                    principal,
                    "GBP",
                    new BigDecimal("6." + (n % 10) + "0"),
                    principal / 50,
                    principal / 100,
                    List.of(new LoanPartShare("vl-" + n % 7, "o", principal)),
                    "payout:" + loan,
                    at(paidOut))
        });
        List<ScheduledInstalment> schedule = new ArrayList<>();
        for (int k = 1; k <= term; k++) {
            schedule.add(new ScheduledInstalment(k, paidOut.plusMonths(k), principal / term, interest));
        }
        life.add(new Object[] {
            paidOut,
            new LoanDisbursed(loan, "vb-" + n % 30, principal - principal / 50, "GBP", paidOut, schedule, at(paidOut))
        });
        long owed = principal;
        int kind = n % 6;
        for (int k = 1; k <= term; k++) {
            LocalDate due = paidOut.plusMonths(k);
            if (kind == 0 && k == 3) {
                long overdue = principal / term + interest;
                life.add(new Object[] {
                    due.plusDays(10), new LoanArrearsChanged(loan, "1-30", 10, overdue, 1, due.plusDays(10), at(due))
                });
                life.add(new Object[] {
                    due.plusDays(45),
                    new LoanArrearsChanged(loan, "31-60", 45, overdue * 2, 2, due.plusDays(45), at(due))
                });
                LocalDate defaulted = due.plusDays(95);
                life.add(new Object[] {
                    defaulted,
                    new LoanDefaulted(loan, "91 days past due", owed, interest * 3, 0, defaulted, at(defaulted))
                });
                life.add(new Object[] {
                    defaulted.plusDays(1),
                    new DefaultCovered(loan, k, owed / 2, 0, owed / 2, "GBP", List.of(), at(defaulted))
                });
                LocalDate recovered = defaulted.plusDays(40);
                long recovery = owed / 5;
                life.add(new Object[] {
                    recovered, receipt(loan, k + 1, "RECOVERY", recovery - recovery / 2, 0, recovery / 2, recovered)
                });
                break;
            }
            if (kind == 1 && k == 3) {
                life.add(new Object[] {due, receipt(loan, k, "EARLY_SETTLEMENT", owed, interest, 0, due)});
                life.add(new Object[] {due, new LoanRepaid(loan, due, at(due))});
                break;
            }
            long part = k == term ? owed : principal / term;
            life.add(new Object[] {due, receipt(loan, k, "SCHEDULED", part, interest, 0, due)});
            owed -= part;
            if (k == term) {
                life.add(new Object[] {due, new LoanRepaid(loan, due, at(due))});
            }
        }
        String listing = "vlst-" + run + "-" + n;
        if (n % 5 == 2 || n % 5 == 3) {
            LocalDate listed = paidOut.plusDays(20);
            life.add(new Object[] {
                listed,
                new LoanPartListed(loan, listing, "vl-" + n % 7, List.of(0), principal, -100, "GBP", listed, at(listed))
            });
            LocalDate after = listed.plusDays(n % 5 == 2 ? 7 : 15);
            life.add(new Object[] {
                after,
                n % 5 == 2
                        ? new LoanPartTransferred(
                                loan,
                                listing,
                                "buy-" + listing,
                                "vl-" + n % 7,
                                "vl-9",
                                List.of(0),
                                principal - principal / 24,
                                -principal / 240,
                                1_00,
                                principal - principal / 24 - principal / 240 + 1_00,
                                principal / 240 / 100,
                                "GBP",
                                after,
                                at(after))
                        : new LoanPartListingCancelled(loan, listing, "vl-" + n % 7, "by the seller", at(after))
            });
        }
        life.sort((a, b) -> ((LocalDate) a[0]).compareTo((LocalDate) b[0]));
        for (int seq = 0; seq < life.size(); seq++) {
            days.computeIfAbsent((LocalDate) life.get(seq)[0], d -> new ArrayList<>())
                    .add(new GenericDomainEventMessage<>("Loan", loan, seq, life.get(seq)[1]));
        }
    }

    private static LoanRepaymentReceived receipt(
            String loan, int k, String kind, long principal, long interest, long toFund, LocalDate on) {
        return new LoanRepaymentReceived(
                loan,
                "rcpt-" + loan + "-" + k,
                k,
                kind,
                principal + interest + toFund,
                "GBP",
                0,
                interest,
                principal,
                0,
                interest / 10,
                toFund,
                List.of(new InstalmentPayment(k, 0, interest, principal)),
                List.of(),
                List.of(),
                on,
                at(on));
    }

    private static Instant at(LocalDate day) {
        return day.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    private static Finding.Verdict verdict(Findings findings, String series, String period, String item) {
        return find(findings, series, period, item).verdict();
    }

    private static String published(Findings findings, String series, String period, String item) {
        return find(findings, series, period, item).published();
    }

    private static Finding find(Findings findings, String series, String period, String item) {
        return findings.all().stream()
                .filter(f -> f.series().equals(series)
                        && f.period().equals(period)
                        && f.item().equals(item))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + series + " " + period + " " + item));
    }

    private static Path copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }
}
