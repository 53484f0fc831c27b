package io.peerlend.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.peerlend.disclosure.verifier.VerifyDisclosure;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Servicing through the gateway, on three loans of 1,000.00 funded by the same two lenders (500.00 each): the first
 * borrower withdraws within the cooling-off period; the second repays early in part, then in full; the third never
 * pays, the loan defaults, the provision fund pays the lenders what it can, and money recovered later reaches them.
 * Every money-moving request is retried with its Idempotency-Key and moves money once.
 */
class LoanServicingIT extends EndToEndTest {

    @Test
    void borrowers_withdraw_and_repay_early_and_a_defaulted_loan_is_covered_and_recovered() throws Exception {
        // given three graded applications for 1,000.00 over 12 months, and two lenders offering the cheapest money
        // in that market (1% of 50,000.00: each lends 500.00 to every loan)
        Journeys.Application first = Journeys.gradedApplication(api, "Sigrid", "Aasen", "B5550031", "1000.00", 12);
        Journeys.Application second = Journeys.gradedApplication(api, "Tora", "Bjerke", "B5550032", "1000.00", 12);
        Journeys.Application third = Journeys.gradedApplication(api, "Unni", "Dale", "B5550033", "1000.00", 12);
        assertThat(second.grade()).isEqualTo(first.grade());
        assertThat(third.grade()).isEqualTo(first.grade());
        String lenderA =
                Journeys.offeringLender(api, "Vigdis", "Eide", "L5550034", first.grade(), 12, "50000.00", "1.10");
        String lenderB =
                Journeys.offeringLender(api, "Wenche", "Foss", "L5550035", first.grade(), 12, "50000.00", "1.20");
        String ops = api.tokenFor("ops1");
        JsonNode loanA = funded(first);
        funded(second);
        JsonNode loanC = funded(third);
        for (String lender : new String[] {lenderA, lenderB}) {
            for (JsonNode offer : api.get("/api/lending/offers", lender).json()) {
                assertThat(api.delete(
                                        "/api/lending/offers/"
                                                + offer.get("offerId").asText(),
                                        lender)
                                .status())
                        .isEqualTo(202);
            }
        }

        // when the first borrower withdraws on the day of the payout, twice with one key
        String a = first.id();
        Api.Response withdrawal = api.post(
                "/api/lending/loans/" + a + "/withdrawal",
                first.borrowerToken(),
                "{}",
                Map.of("Idempotency-Key", "withdraw-1"));
        assertThat(withdrawal.status()).as(withdrawal.body()).isEqualTo(202);
        Api.Response again = api.post(
                "/api/lending/loans/" + a + "/withdrawal",
                first.borrowerToken(),
                "{}",
                Map.of("Idempotency-Key", "withdraw-1"));
        assertThat(again.json().get("reference")).isEqualTo(withdrawal.json().get("reference"));
        // then they pay back what they received (no interest for no days held); the fee is refunded
        long paidOut = minor(loanA.get("principal").asText())
                - minor(loanA.get("originationFee").asText());
        assertThat(withdrawal.json().get("amount").asText()).isEqualTo(format(paidOut));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(api.get("/api/lending/loans/" + a, first.borrowerToken())
                                .json()
                                .get("status")
                                .asText())
                        .isEqualTo("WITHDRAWN"));

        // when the second borrower asks without a key, or for a bad amount, then nothing moves and they are told why
        String b = second.id();
        String borrowerB = second.borrowerToken();
        Api.Response noKey = api.post("/api/lending/loans/" + b + "/repayments", borrowerB, "{\"amount\": \"100.00\"}");
        assertThat(noKey.status()).isEqualTo(400);
        assertThat(noKey.json().at("/errors/0/field").asText()).isEqualTo("Idempotency-Key");
        Api.Response badAmount = api.post(
                "/api/lending/loans/" + b + "/repayments",
                borrowerB,
                "{\"amount\": \"100.005\"}",
                Map.of("Idempotency-Key", "part-0"));
        assertThat(badAmount.status()).isEqualTo(400);
        assertThat(badAmount.json().at("/errors/0/field").asText()).isEqualTo("amount");

        // when they repay 100.00 early, twice with one key, then 100.00 moves once: principal, no interest yet
        for (int i = 0; i < 2; i++) {
            Api.Response part = api.post(
                    "/api/lending/loans/" + b + "/repayments",
                    borrowerB,
                    "{\"amount\": \"100.00\"}",
                    Map.of("Idempotency-Key", "part-1"));
            assertThat(part.status()).as(part.body()).isEqualTo(202);
            assertThat(part.json().get("amount").asText()).isEqualTo("100.00");
        }
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(api.get("/api/lending/loans/" + b, borrowerB)
                                .json()
                                .get("outstandingPrincipal")
                                .asText())
                        .isEqualTo("900.00"));
        // and a retry once it has settled answers the original repayment; the key for another amount is refused
        Api.Response retried = api.post(
                "/api/lending/loans/" + b + "/repayments",
                borrowerB,
                "{\"amount\": \"100.00\"}",
                Map.of("Idempotency-Key", "part-1"));
        assertThat(retried.json().get("amount").asText()).isEqualTo("100.00");
        assertThat(retried.json().get("status").asText()).isEqualTo("SETTLED");
        Api.Response reused = api.post(
                "/api/lending/loans/" + b + "/repayments",
                borrowerB,
                "{\"amount\": \"50.00\"}",
                Map.of("Idempotency-Key", "part-1"));
        assertThat(reused.status()).as(reused.body()).isEqualTo(422);
        assertThat(reused.json().at("/errors/0/field").asText()).isEqualTo("Idempotency-Key");
        // and the payoff is what is left; paying it closes the loan
        JsonNode payoff =
                api.get("/api/lending/loans/" + b + "/payoff", borrowerB).json();
        assertThat(payoff.get("principalNotYetDue").asText()).isEqualTo("900.00");
        assertThat(payoff.get("total").asText()).isEqualTo("900.00");
        Api.Response full = api.post(
                "/api/lending/loans/" + b + "/repayments",
                borrowerB,
                "{\"full\": true}",
                Map.of("Idempotency-Key", "full-1"));
        assertThat(full.status()).as(full.body()).isEqualTo(202);
        assertThat(full.json().get("amount").asText()).isEqualTo("900.00");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(api.get("/api/lending/loans/" + b, borrowerB)
                                .json()
                                .get("status")
                                .asText())
                        .isEqualTo("REPAID"));

        // then each lender has had their 500.00 back from both loans, to the cent
        for (String lender : new String[] {lenderA, lenderB}) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                JsonNode account = api.get("/api/lending/accounts/me", lender).json();
                assertThat(sum(account, "PRINCIPAL_COOLING_OFF")).isEqualTo(500_00);
                assertThat(sum(account, "PRINCIPAL_PART") + sum(account, "PRINCIPAL_FULL"))
                        .isEqualTo(500_00);
                assertThat(sum(account, "PRINCIPAL_PART")).isEqualTo(50_00);
            });
        }

        // (and the provision fund holds its share of loan B's fee, taken by a process of its own, before loan C can
        // default: the fund pays what it holds at that moment; one clean run found no cover within 30 s, and this
        // ordering is the suspected cause, not a proven one)
        await().atMost(Duration.ofSeconds(30))
                .until(() -> minor(api.get("/public/lending/provision-fund", null)
                                .json()
                                .get("balance")
                                .asText())
                        > 0);

        // when the third borrower's bank declines every collection and the clock runs 91 days past the first due date
        String c = third.id();
        assertThat(api.post(
                                "/api/lending/sandbox/payments/declines",
                                ops,
                                "{\"account\": \"" + c + "\", \"count\": 50}")
                        .status())
                .isEqualTo(202);
        LocalDate due = LocalDate.parse(loanC.at("/schedule/0/dueDate").asText());
        advanceTo(ops, due);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(api.get("/api/lending/loans/" + c, third.borrowerToken())
                                .json()
                                .at("/payments/0/status")
                                .asText())
                        .isEqualTo("FAILED"));
        // (an officer moves the business date on in the portal: close of business runs for each day passed, and the
        // page follows its progress until the new day is closed)
        LocalDate defaultDay = due.plusDays(91);
        try (Chromium officer = new Chromium(platform.gatewayUrl())) {
            officer.open("/");
            officer.logIn("ops1", "ops1");
            officer.open("/app/ops/business-day");
            officer.type("to", defaultDay.toString());
            officer.submit("advance");
            assertThat(officer.text("business-date")).isEqualTo(defaultDay.toString());
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                officer.open("/app/ops/business-day");
                assertThat(officer.find(By.xpath(
                                        "//table[@id='runs']//tr[td[1][normalize-space()='" + defaultDay + "']]/td[3]"))
                                .getText())
                        .isNotIn("", "—");
            });
            officer.screenshot("ops-business-day");
        }

        // then the loan defaults, ops see it, and the provision fund pays the lenders what it can, never more than it
        // held
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(api.get("/api/lending/loans/" + c, third.borrowerToken())
                                .json()
                                .get("status")
                                .asText())
                        .isEqualTo("DEFAULTED"));
        // and the borrower was told of each step by email (the loan's reference, never an amount), and so was each
        // lender, once, of the default
        Mailbox borrowerMail = new Mailbox(platform.imapPort(), "b5550033@example.org");
        String loanReference = Mailbox.reference(c);
        borrowerMail.awaitSubject("Your loan quote is ready");
        borrowerMail.awaitSubject("Your loan is paid out");
        assertThat(borrowerMail
                        .awaitSubject("A payment on your loan is overdue")
                        .text())
                .contains(loanReference);
        Mailbox.Received defaultNotice = borrowerMail.awaitSubject("Your loan is in default");
        assertThat(defaultNotice.text())
                .contains(loanReference)
                .doesNotContain("£")
                .doesNotContain("Unni");
        assertThat(defaultNotice.unsubscribe()).isFalse();
        for (String lenderAddress : new String[] {"l5550034@example.org", "l5550035@example.org"}) {
            Mailbox lenderMail = new Mailbox(platform.imapPort(), lenderAddress);
            Mailbox.Received told = lenderMail.awaitSubject("A loan you lent to has defaulted");
            assertThat(told.text()).contains(loanReference);
            assertThat(told.unsubscribe()).isTrue();
            assertThat(lenderMail.count("A loan you lent to has defaulted")).isEqualTo(1);
        }
        JsonNode arrears = api.get("/api/lending/ops/loans/arrears", ops).json();
        assertThat(arrears.findValuesAsText("loanId")).contains(c);
        // (loan B's fee, earned when it was repaid, gave the fund its share; it holds far less than the 1,000.00 owed)
        long[] covered = new long[1];
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            covered[0] = 0;
            for (String lender : new String[] {lenderA, lenderB}) {
                JsonNode account = api.get("/api/lending/accounts/me", lender).json();
                covered[0] += sum(account, "PRINCIPAL_PROVISION_FUND") + sum(account, "INTEREST_PROVISION_FUND");
            }
            assertThat(covered[0]).isPositive().isLessThan(800_00);
        });
        // and the disclosure service, following the same events, counts the default against the grade's expectation
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode outcomes =
                    api.get("/public/disclosure/model-outcomes", null).json();
            JsonNode grade = null;
            for (JsonNode g : outcomes.get("grades")) {
                grade = g.get("grade").asText().equals(first.grade()) ? g : grade;
            }
            assertThat(grade).isNotNull();
            assertThat(grade.get("observedDefaults").asInt()).isPositive();
            assertThat(grade.get("loansIssued").asInt()).isGreaterThanOrEqualTo(3);
        });
        JsonNode fund = api.get("/public/lending/provision-fund", null).json();
        assertThat(minor(fund.get("balance").asText())).isNotNegative();
        assertThat(fund.get("definition").asText()).contains("expected losses");

        // when an officer records 200.00 recovered outside the payment port (a court payment) in the portal, and
        // tries to approve it themselves
        try (Chromium officer = new Chromium(platform.gatewayUrl())) {
            officer.open("/");
            officer.logIn("ops1", "ops1");
            officer.open("/app/ops/servicing");
            officer.type("recovery-" + c, "200.00");
            officer.choose("recovery-source-" + c, "OUTSIDE");
            officer.type("recovery-evidence-" + c, "court payment CP-118");
            officer.submit("recover-" + c);
            assertThat(officer.text("done-recovery:" + c)).contains("PROPOSED");
            officer.screenshot("ops-recovery-proposed");
            String proposed = proposedRecovery(ops, c, "200.00");
            officer.click("approve-" + proposed);
            // then the page says why not: only a supervisor approves, never the proposer
            assertThat(officer.text("error-recovery-approval:" + c)).isNotBlank();
        }
        String reference = proposedRecovery(ops, c, "200.00");
        // and a supervisor's own proposal cannot be approved by that supervisor either
        String supervisor = api.tokenFor("supervisor1");
        Api.Response own = api.post(
                "/api/lending/ops/loans/" + c + "/recoveries",
                supervisor,
                "{\"amount\": \"10.00\", \"source\": \"OUTSIDE\", \"evidence\": \"cheque 0042\"}",
                Map.of("Idempotency-Key", "recovery-own"));
        Api.Response ownApproval = api.post(
                "/api/lending/ops/loans/" + c + "/recoveries/"
                        + own.json().get("reference").asText() + "/approval",
                supervisor,
                "{}");
        assertThat(ownApproval.status()).as(ownApproval.body()).isEqualTo(409);
        // when a supervisor approves the officer's in the portal
        try (Chromium approver = new Chromium(platform.gatewayUrl())) {
            approver.open("/");
            approver.logIn("supervisor1", "supervisor1");
            approver.open("/app/ops/servicing");
            approver.submit("approve-" + reference);
            assertThat(approver.text("done-recovery-approval:" + c)).isNotBlank();
        }
        // then the lenders, still owed more than that, receive it once, in proportion to what each is owed (their
        // parts were equal: 100.00 each, give or take the odd cent of the fund's split)
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            long recovered = 0;
            for (String lender : new String[] {lenderA, lenderB}) {
                long share = sum(api.get("/api/lending/accounts/me", lender).json(), "PRINCIPAL_RECOVERY");
                assertThat(share).isBetween(100_00L - 1, 100_00L + 1);
                recovered += share;
            }
            assertThat(recovered).isEqualTo(200_00);
        });
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(api.get("/api/lending/ledger/reconciliation", ops)
                                .json()
                                .get("balanced")
                                .asBoolean())
                        .isTrue());

        // and, the clock having left at least one month behind, the monthly operating report is published and checks
        // out, and a regulator sees the day's early-warning indicators (a borrower may not)
        String month = due.plusDays(91).minusMonths(1).toString().substring(0, 7);
        JsonNode check = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> api.get("/public/disclosure/reports/monthly-operating/" + month + "/verification", null),
                        r -> r.status() == 200)
                .json();
        assertThat(check.get("hashMatches").asBoolean()).isTrue();
        assertThat(check.get("signatureValid").asBoolean()).isTrue();
        assertThat(check.get("seriesIntact").asBoolean()).isTrue();
        // and anyone can recompute the loan figures of every report published so far: the independent verifier,
        // pointed at the gateway, downloads the reports and each month's loan data and finds nothing that differs
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/public/disclosure/reports/monthly-loan-data/" + month, null)
                                .status()
                        == 200);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int verified =
                VerifyDisclosure.run(platform.gatewayUrl(), new PrintStream(printed, true, StandardCharsets.UTF_8));
        String verification = printed.toString(StandardCharsets.UTF_8);
        assertThat(verified).as(verification).isZero();
        assertThat(verification)
                .contains("CONFIRMED\tmonthly-operating\t" + month + "\toutstanding.amount\t")
                .contains("CONFIRMED\tmonthly-operating\t" + month + "\trepaidOnBorrowersBehalf.amount\t");
        String regulator = api.tokenFor("regulator1");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Api.Response indicators = api.get("/api/disclosure/indicators", regulator);
            assertThat(indicators.status()).as(indicators.body()).isEqualTo(200);
            assertThat(indicators.json().at("/day/indicators")).hasSize(7);
            assertThat(indicators.body()).contains("\"credit-model-stability\"");
        });
        assertThat(api.get("/api/disclosure/indicators", third.borrowerToken()).status())
                .isEqualTo(403);
    }

    private JsonNode funded(Journeys.Application application) {
        String borrower = application.borrowerToken();
        String id = application.id();
        assertThat(api.post("/api/lending/applications/" + id + "/quote", borrower, "{}")
                        .status())
                .isEqualTo(202);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(api.get("/api/lending/applications/" + id + "/quote", borrower)
                                .json()
                                .get("available")
                                .asBoolean())
                        .isTrue());
        Api.Response accepted = api.post("/api/lending/applications/" + id + "/acceptance", borrower, "{}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> api.get("/api/lending/loans/" + id, borrower),
                        r -> r.status() == 200
                                && r.json().get("status").asText().equals("ACTIVE"))
                .json();
    }

    /** The reference of the loan's recovery of this amount waiting for a supervisor. */
    private static String proposedRecovery(String ops, String loanId, String amount) {
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> {
                            for (JsonNode loan : api.get("/api/lending/ops/loans/arrears", ops)
                                    .json()) {
                                if (!loan.path("loanId").asText().equals(loanId)) {
                                    continue;
                                }
                                for (JsonNode p : loan.path("payments")) {
                                    if (p.path("status").asText().equals("PROPOSED")
                                            && p.path("amount").asText().equals(amount)) {
                                        return p.path("reference").asText();
                                    }
                                }
                            }
                            return null;
                        },
                        found -> found != null);
    }

    private void advanceTo(String ops, LocalDate date) {
        Api.Response moved = api.post("/api/lending/business-date", ops, "{\"to\": \"" + date + "\"}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    }

    private static long sum(JsonNode account, String type) {
        long total = 0;
        for (JsonNode line : account.get("statement")) {
            if (line.get("type").asText().equals(type)) {
                total += minor(line.get("amount").asText());
            }
        }
        return total;
    }

    private static long minor(String amount) {
        return new BigDecimal(amount).movePointRight(2).longValueExact();
    }

    private static String format(long minor) {
        return BigDecimal.valueOf(minor, 2).toPlainString();
    }
}
