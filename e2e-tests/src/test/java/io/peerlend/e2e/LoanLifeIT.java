package io.peerlend.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A loan's whole life through the gateway: two lenders fund it, it is paid out, the business clock runs to maturity
 * with one instalment declined by the borrower's bank and collected a week late, and each lender's statement shows
 * their principal back and their interest to the cent; the books reconcile.
 */
class LoanLifeIT extends EndToEndTest {

    @Test
    void a_loan_lives_to_maturity_with_one_late_instalment_charged_a_late_fee_and_the_lenders_statements_exact()
            throws Exception {
        // given a graded application for 1,000.00 over 12 months
        Journeys.Application application =
                Journeys.gradedApplication(api, "Maren", "Lindqvist", "B5550021", "1000.00", 12);
        String borrower = application.borrowerToken();
        String applicationId = application.id();
        String[] grade = {application.grade()};

        // and two lenders offering 50,000.00 each in that market, at 4.00% and 4.50% (the cheapest money there, so
        // each lends the largest part allowed: 1% of their offer, 500.00)
        String lenderA = Journeys.offeringLender(api, "Astrid", "Berg", "L5550022", grade[0], 12, "50000.00", "4.00");
        String lenderB = Journeys.offeringLender(api, "Bodil", "Dahl", "L5550023", grade[0], 12, "50000.00", "4.50");

        // when the borrower is quoted, accepts and the loan is funded, the lenders take back their unmatched money
        assertThat(api.post("/api/lending/applications/" + applicationId + "/quote", borrower, "{}")
                        .status())
                .isEqualTo(202);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(api.get("/api/lending/applications/" + applicationId + "/quote", borrower)
                                        .json()
                                        .path("rate")
                                        .asText())
                                .isEqualTo("4.25"));
        assertThat(api.post("/api/lending/applications/" + applicationId + "/acceptance", borrower, "{}")
                        .status())
                .isEqualTo(202);
        for (String lender : new String[] {lenderA, lenderB}) {
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(api.get("/api/lending/accounts/me", lender)
                                    .json()
                                    .get("committedToOffers")
                                    .asText())
                            .isEqualTo("49500.00"));
            // (the offers' read model follows on its own, apart from the account's)
            String offerId = await().atMost(Duration.ofSeconds(30))
                    .until(
                            () -> api.get("/api/lending/offers", lender)
                                    .json()
                                    .path(0)
                                    .path("offerId")
                                    .asText(),
                            id -> !id.isEmpty());
            assertThat(api.delete("/api/lending/offers/" + offerId, lender).status())
                    .isEqualTo(202);
        }

        // then the loan is paid out: 1,000.00 less the origination fee, instalments a month apart from the payout
        JsonNode loan = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> api.get("/api/lending/loans/" + applicationId, borrower),
                        r -> r.status() == 200
                                && r.json().get("status").asText().equals("ACTIVE"))
                .json();
        assertThat(loan.get("ratePercent").decimalValue()).isEqualByComparingTo("4.25");
        assertThat(loan.get("schedule")).hasSize(12);
        String ops = api.tokenFor("ops1");

        // when the business clock runs to each due date; the third collection is declined by the borrower's bank
        for (int n = 1; n <= 12; n++) {
            LocalDate due =
                    LocalDate.parse(loan.at("/schedule/" + (n - 1) + "/dueDate").asText());
            if (n == 3) {
                assertThat(api.post(
                                        "/api/lending/sandbox/payments/declines",
                                        ops,
                                        "{\"account\": \"" + applicationId + "\", \"count\": 2}")
                                .status())
                        .isEqualTo(202);
                advanceTo(ops, due);
                awaitPayment(borrower, applicationId, due, "FAILED");
                advanceTo(ops, due.plusDays(1));
                await().atMost(Duration.ofSeconds(30))
                        .untilAsserted(() -> assertThat(api.get("/api/lending/loans/" + applicationId, borrower)
                                        .json()
                                        .at("/arrears/bucket")
                                        .asText())
                                .isEqualTo("1-30"));
                // a week later the collection is tried again and declined again
                advanceTo(ops, due.plusDays(7));
                awaitPayment(borrower, applicationId, due.plusDays(7), "FAILED");
                // two weeks late: the profile's late fee (GBP 12.00) is charged and collected with the instalment
                advanceTo(ops, due.plusDays(14));
                awaitPayment(borrower, applicationId, due.plusDays(14), "SETTLED");
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                    JsonNode late = api.get("/api/lending/loans/" + applicationId, borrower)
                            .json();
                    assertThat(late.at("/arrears/bucket").asText()).isEqualTo("CURRENT");
                    assertThat(late.at("/schedule/2/lateFee").asText()).isEqualTo("12.00");
                    assertThat(late.at("/schedule/2/status").asText()).isEqualTo("PAID");
                    JsonNode collected = null;
                    for (JsonNode p : late.get("payments")) {
                        collected =
                                p.get("asOf").asText().equals(due.plusDays(14).toString()) ? p : collected;
                    }
                    assertThat(minor(collected.get("amount").asText()))
                            .isEqualTo(minor(late.at("/schedule/2/principal").asText())
                                    + minor(late.at("/schedule/2/interest").asText())
                                    + 12_00);
                });
            } else {
                advanceTo(ops, due);
                awaitPayment(borrower, applicationId, due, "SETTLED");
            }
        }

        // then the loan is repaid, every instalment paid
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode repaid =
                    api.get("/api/lending/loans/" + applicationId, borrower).json();
            assertThat(repaid.get("status").asText()).isEqualTo("REPAID");
            assertThat(repaid.get("outstandingPrincipal").asText()).isEqualTo("0.00");
            repaid.get("schedule")
                    .forEach(i -> assertThat(i.get("status").asText()).isEqualTo("PAID"));
        });

        // and each lender got their 500.00 back and the interest of their own part at their own rate (4.00% and
        // 4.50%, not the borrower's 4.25%), less the 10% servicing fee, to the cent; the borrower's instalment is the
        // sum of the two parts' instalments
        long[] ownA = annuityInterest(500_00, new BigDecimal("4.00"), 12);
        long[] ownB = annuityInterest(500_00, new BigDecimal("4.50"), 12);
        for (int n = 0; n < 12; n++) {
            assertThat(minor(loan.at("/schedule/" + n + "/interest").asText()))
                    .as("instalment %d", n + 1)
                    .isEqualTo(ownA[n] + ownB[n]);
        }
        String[] lenders = {lenderA, lenderB};
        long[][] own = {ownA, ownB};
        for (int k = 0; k < 2; k++) {
            String lender = lenders[k];
            long expected = 0;
            for (long interest : own[k]) {
                expected += interest - interest / 10;
            }
            JsonNode account = await().atMost(Duration.ofSeconds(30))
                    .until(
                            () -> api.get("/api/lending/accounts/me", lender).json(),
                            a -> sum(a, "PRINCIPAL_SCHEDULED") == 500_00);
            assertThat(sum(account, "INTEREST_SCHEDULED"))
                    .as("lender %d's own interest", k)
                    .isEqualTo(expected);
            assertThat(account.get("available").asText())
                    .isEqualTo(format(50_000_00 + sum(account, "INTEREST_SCHEDULED")));
        }
        // the first receipt: 500.00 × 4.00% ÷ 12 = 1.67 less 0.16 = 1.51; 500.00 × 4.50% ÷ 12 = 1.88 less 0.18 = 1.70
        assertThat(firstLine(lenderA, "INTEREST_SCHEDULED")).isEqualTo("1.51");
        assertThat(firstLine(lenderB, "INTEREST_SCHEDULED")).isEqualTo("1.70");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(api.get("/api/lending/ledger/reconciliation", ops)
                                .json()
                                .get("balanced")
                                .asBoolean())
                        .isTrue());

        // and the portfolio shows the part repaid with its interest
        JsonNode portfolio = api.get("/api/lending/portfolio", lenderA).json();
        assertThat(portfolio.get("parts").asInt()).isEqualTo(1);
        assertThat(portfolio.get("lent").asText()).isEqualTo("500.00");
        assertThat(portfolio.get("outstanding").asText()).isEqualTo("0.00");
        assertThat(portfolio.get("principalRepaid").asText()).isEqualTo("500.00");
        assertThat(portfolio.get("interestEarned").asText())
                .isEqualTo(
                        format(sum(api.get("/api/lending/accounts/me", lenderA).json(), "INTEREST_SCHEDULED")));
        assertThat(portfolio.at("/loanParts/0/status").asText()).isEqualTo("REPAID");
        assertThat(portfolio.at("/loanParts/0/ratePercent").decimalValue()).isEqualByComparingTo("4.00");
        // a page listing only its first parts still gets the whole portfolio's figures
        JsonNode firstParts = api.get("/api/lending/portfolio?parts=1", lenderA).json();
        assertThat(firstParts.get("loanParts")).hasSize(1);
        assertThat(firstParts.get("lent").asText()).isEqualTo("500.00");
        // and the borrower's list, as a start page asks for it: the newest loan, without its schedule
        JsonNode newest =
                api.get("/api/lending/loans?summary=true&limit=1", borrower).json();
        assertThat(newest).hasSize(1);
        assertThat(newest.at("/0/loanId").asText()).isEqualTo(applicationId);
        assertThat(newest.at("/0/schedule")).isEmpty();

        // when lender B turns on auto-invest (at most 50.00 a loan, 6–8%) in an empty 60-month market, then the
        // money is offered there at once, in offers of at most 5,000.00 (parts are 1% of an offer), at 8.00%
        Api.Response rule = api.put(
                "/api/lending/auto-invest",
                lenderB,
                ("{\"enabled\": true, \"markets\": "
                                + "[{\"grade\": \"%s\", \"termMonths\": 60}], \"minRate\": \"6.00\", \"maxRate\": \"8.00\", "
                                + "\"maxPerLoan\": \"50.00\", \"reinvestRepayments\": true}")
                        .formatted(grade[0]));
        assertThat(rule.status()).as(rule.body()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode offers = api.get("/api/lending/offers", lenderB).json();
            long offered = 0;
            for (JsonNode offer : offers) {
                if (offer.get("market").asText().endsWith(":60")) {
                    assertThat(offer.get("rate").asText()).isEqualTo("8.00");
                    assertThat(minor(offer.get("amount").asText())).isLessThanOrEqualTo(5_000_00);
                    offered += minor(offer.get("amount").asText());
                }
            }
            assertThat(offered).isGreaterThan(50_000_00 - 10_00);
        });
        assertThat(api.get("/api/lending/auto-invest", lenderB)
                        .json()
                        .get("maxPerLoan")
                        .asText())
                .isEqualTo("50.00");
    }

    private void advanceTo(String ops, LocalDate date) {
        Api.Response moved = api.post("/api/lending/business-date", ops, "{\"to\": \"" + date + "\"}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    }

    private void awaitPayment(String borrower, String loanId, LocalDate asOf, String status) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode payments =
                    api.get("/api/lending/loans/" + loanId, borrower).json().get("payments");
            boolean found = false;
            for (JsonNode p : payments) {
                found |= p.get("asOf").asText().equals(asOf.toString())
                        && p.get("status").asText().equals(status);
            }
            assertThat(found)
                    .as("a %s payment on %s in %s", status, asOf, payments)
                    .isTrue();
        });
    }

    private long sum(JsonNode account, String type) {
        long total = 0;
        for (JsonNode line : account.get("statement")) {
            if (line.get("type").asText().equals(type)) {
                total += minor(line.get("amount").asText());
            }
        }
        return total;
    }

    private String firstLine(String lender, String type) {
        for (JsonNode line : api.get("/api/lending/accounts/me", lender).json().get("statement")) {
            if (line.get("type").asText().equals(type)) {
                return line.get("amount").asText();
            }
        }
        return null;
    }

    /**
     * Each month's interest of an annuity as the platform's schedules compute it (and Apache Fineract's): the level
     * payment P·r / (1 − (1 + r)^−n) rounded half-even, interest on the balance at the monthly rate rounded half-even.
     */
    private static long[] annuityInterest(long principal, BigDecimal annualPercent, int months) {
        BigDecimal r = annualPercent.divide(BigDecimal.valueOf(1200), MathContext.DECIMAL128);
        BigDecimal discount = BigDecimal.ONE.divide(
                BigDecimal.ONE.add(r).pow(months, MathContext.DECIMAL128), MathContext.DECIMAL128);
        long payment = BigDecimal.valueOf(principal)
                .multiply(r, MathContext.DECIMAL128)
                .divide(BigDecimal.ONE.subtract(discount), MathContext.DECIMAL128)
                .setScale(0, RoundingMode.HALF_EVEN)
                .longValueExact();
        long[] interest = new long[months];
        long balance = principal;
        for (int n = 0; n < months; n++) {
            interest[n] = BigDecimal.valueOf(balance)
                    .multiply(r, MathContext.DECIMAL128)
                    .setScale(0, RoundingMode.HALF_EVEN)
                    .longValueExact();
            balance -= n == months - 1 ? balance : Math.min(balance, payment - interest[n]);
        }
        return interest;
    }

    private static long minor(String amount) {
        return new BigDecimal(amount).movePointRight(2).longValueExact();
    }

    private static String format(long minor) {
        return BigDecimal.valueOf(minor, 2).toPlainString();
    }
}
