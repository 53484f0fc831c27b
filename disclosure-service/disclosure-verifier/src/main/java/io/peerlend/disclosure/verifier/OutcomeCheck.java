package io.peerlend.disclosure.verifier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The annual outcome statement's loan-derived figures, recomputed from every loan's state at December's end
 * (docs/disclosure.md, "The annual outcome statement"). The servicing fee and the loss given default are taken as the
 * statement states them in its assumptions; the fund's balance is the fund's. The actual return divides by capital ×
 * days, and the data give dates to the month: it is checked to lie within what any days in those months allow.
 */
final class OutcomeCheck {

    private static final Pattern FEE = Pattern.compile("less the ([0-9.]+)% servicing fee");
    private static final Pattern LOSS = Pattern.compile("Loss given default: ([0-9.]+)%");

    private OutcomeCheck() {}

    static void check(Findings.Report report, Collection<LoanRow> book, Findings findings) {
        String currency = report.text("currency");
        int year = Integer.parseInt(report.period());
        LocalDate asOf = LocalDate.parse(report.text("asOf"));
        YearMonth from = YearMonth.of(year - 2, 1);
        String assumptions = report.json().get("assumptions").toString();
        BigDecimal fee = percent(FEE, assumptions);
        BigDecimal lossGivenDefault = percent(LOSS, assumptions);
        findings.compare(report, "originatedFrom", from.atDay(1).toString());
        Map<String, Cohort> cohorts = new TreeMap<>();
        Map<String, long[]> arrears = new TreeMap<>();
        long outstanding = 0;
        long performing = 0;
        BigDecimal expectedLosses = BigDecimal.ZERO;
        long paidByFund = 0;
        long reimbursed = 0;
        for (LoanRow loan : book) {
            if (!loan.currency().equals(currency)) {
                continue;
            }
            paidByFund += loan.coveredByFund();
            reimbursed += loan.reimbursedToFund();
            if (loan.outstandingLoan()) {
                long[] bucket =
                        arrears.computeIfAbsent(loan.defaulted() ? "DEFAULTED" : loan.arrears(), b -> new long[2]);
                bucket[0]++;
                bucket[1] += loan.outstanding();
                outstanding += loan.outstanding();
                if (!loan.defaulted()) {
                    performing += loan.outstanding();
                    expectedLosses = expectedLosses.add(loan.pd().multiply(BigDecimal.valueOf(loan.outstanding())));
                }
            }
            YearMonth issued = YearMonth.parse(loan.issueMonth());
            if (issued.isBefore(from)) {
                continue;
            }
            cohorts.computeIfAbsent(loan.grade() + "/" + issued.getYear(), k -> new Cohort())
                    .add(loan, asOf, fee);
            cohorts.computeIfAbsent(loan.grade() + "/all", k -> new Cohort()).add(loan, asOf, fee);
        }
        compareDefaultRates(report, cohorts, findings);
        compareReturns(report, cohorts, lossGivenDefault, findings);
        compareArrears(report, arrears, outstanding, findings);
        long balance = LoanRow.minor(
                report.text("provisionFund.balance"),
                Currency.getInstance(currency).getDefaultFractionDigits());
        findings.notChecked(report, "provisionFund.balance", "the fund's own balance, not derived from loans");
        findings.compare(report, "provisionFund.outstandingPrincipal", Figures.money(performing, currency));
        findings.compare(
                report,
                "provisionFund.expectedLosses",
                Figures.money(expectedLosses.setScale(0, RoundingMode.HALF_UP).longValueExact(), currency));
        findings.compare(report, "provisionFund.coverage", Figures.ratio(BigDecimal.valueOf(balance), expectedLosses));
        findings.compare(
                report,
                "provisionFund.balanceToOutstanding",
                Figures.ratio(BigDecimal.valueOf(balance), BigDecimal.valueOf(outstanding)));
        findings.compare(report, "provisionFund.paidToLenders", Figures.money(paidByFund, currency));
        findings.compare(report, "provisionFund.reimbursedByRecoveries", Figures.money(reimbursed, currency));
    }

    private static void compareDefaultRates(Findings.Report report, Map<String, Cohort> cohorts, Findings findings) {
        var published = report.json().get("defaultRates");
        findings.compare(
                report, "defaultRates.length", String.valueOf(published.size()), String.valueOf(cohorts.size()));
        for (int i = 0; i < published.size(); i++) {
            String at = "defaultRates[" + i + "]";
            Cohort c = cohorts.get(report.text(at + ".grade") + "/" + report.text(at + ".originated"));
            if (c == null) {
                findings.compare(report, at + ".loans", null);
                continue;
            }
            findings.compare(report, at + ".loans", c.loans);
            findings.compare(report, at + ".amountLent", Figures.money(c.lent, report.text("currency")));
            findings.compare(report, at + ".stillRunning", c.running);
            findings.compare(report, at + ".defaulted", c.defaulted);
            findings.compare(report, at + ".expectedDefaultRate", Figures.ratio(c.pds, BigDecimal.valueOf(c.loans)));
            findings.compare(
                    report,
                    at + ".actualDefaultRate",
                    Figures.ratio(BigDecimal.valueOf(c.defaulted), BigDecimal.valueOf(c.loans)));
        }
    }

    private static void compareReturns(
            Findings.Report report, Map<String, Cohort> cohorts, BigDecimal lossGivenDefault, Findings findings) {
        var published = report.json().get("lenderReturns");
        findings.compare(
                report,
                "lenderReturns.length",
                String.valueOf(published.size()),
                String.valueOf(cohorts.keySet().stream()
                        .filter(k -> k.endsWith("/all"))
                        .count()));
        for (int i = 0; i < published.size(); i++) {
            String at = "lenderReturns[" + i + "]";
            Cohort c = cohorts.get(report.text(at + ".grade") + "/all");
            if (c == null) {
                findings.compare(report, at + ".loans", null);
                continue;
            }
            BigDecimal lent = BigDecimal.valueOf(c.lent);
            findings.compare(report, at + ".loans", c.loans);
            findings.compare(report, at + ".amountLent", Figures.money(c.lent, report.text("currency")));
            findings.compare(report, at + ".targetAnnualReturn", Figures.ratio(c.target(lossGivenDefault), lent));
            actualReturn(report, at + ".actualAnnualReturn", c, findings);
        }
    }

    /** income × 730 ÷ capital-days, for every capital-days the loans' months allow: the published figure within. */
    private static void actualReturn(Findings.Report report, String item, Cohort c, Findings findings) {
        String published = report.text(item);
        BigDecimal numerator = c.income.multiply(BigDecimal.valueOf(730));
        String low;
        String high;
        if (c.capitalDaysLow == 0) {
            low = numerator.signum() > 0 ? null : "-inf";
            high = numerator.signum() < 0 ? null : "+inf";
        } else {
            BigDecimal a = numerator.divide(BigDecimal.valueOf(c.capitalDaysLow), 4, RoundingMode.HALF_UP);
            BigDecimal b = numerator.divide(BigDecimal.valueOf(c.capitalDaysHigh), 4, RoundingMode.HALF_UP);
            low = a.min(b).toPlainString();
            high = a.max(b).toPlainString();
        }
        boolean within;
        if (published == null) {
            within = c.capitalDaysLow == 0;
        } else {
            BigDecimal value = new BigDecimal(published);
            within = (low == null || low.equals("-inf") || value.compareTo(new BigDecimal(low)) >= 0)
                    && (high == null || high.equals("+inf") || value.compareTo(new BigDecimal(high)) <= 0);
        }
        findings.add(new Finding(
                within ? Finding.Verdict.CONSISTENT : Finding.Verdict.DIFFERS,
                report.series(),
                report.period(),
                item,
                published,
                "[" + low + ", " + high + "]",
                "capital × days from dates given to the month: every day in those months allowed"));
    }

    private static void compareArrears(
            Findings.Report report, Map<String, long[]> arrears, long outstanding, Findings findings) {
        var published = report.json().get("arrears");
        for (int i = 0; i < published.size(); i++) {
            String at = "arrears[" + i + "]";
            long[] bucket = arrears.getOrDefault(report.text(at + ".bucket"), new long[2]);
            findings.compare(report, at + ".loans", bucket[0]);
            findings.compare(report, at + ".outstandingPrincipal", Figures.money(bucket[1], report.text("currency")));
            findings.compare(
                    report,
                    at + ".shareOfOutstanding",
                    Figures.ratio(BigDecimal.valueOf(bucket[1]), BigDecimal.valueOf(outstanding)));
        }
        // every bucket holding loans is published (a loan in no published bucket would go uncounted)
        List<String> buckets = new ArrayList<>();
        published.forEach(b -> buckets.add(b.get("bucket").asText()));
        findings.compare(
                report,
                "arrears.buckets",
                String.join(",", buckets),
                buckets.containsAll(arrears.keySet()) ? String.join(",", buckets) : String.join(",", arrears.keySet()));
    }

    private static BigDecimal percent(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? new BigDecimal(m.group(1)).movePointLeft(2) : null;
    }

    /** One grade's loans of one year (or of the window). */
    private static final class Cohort {
        long loans;
        long lent;
        long running;
        long defaulted;
        BigDecimal pds = BigDecimal.ZERO;
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal yearlyDefaults = BigDecimal.ZERO;
        BigDecimal evenlySpread = BigDecimal.ZERO;
        BigDecimal income = BigDecimal.ZERO;
        long capitalDaysLow;
        long capitalDaysHigh;

        void add(LoanRow loan, LocalDate asOf, BigDecimal fee) {
            loans++;
            lent += loan.amount();
            running += loan.active() ? 1 : 0;
            defaulted += loan.defaultMonth().isEmpty() ? 0 : 1;
            pds = pds.add(loan.pd());
            BigDecimal amount = BigDecimal.valueOf(loan.amount());
            BigDecimal kept = BigDecimal.ONE.subtract(fee);
            net = net.add(loan.ratePercent().movePointLeft(2).multiply(kept).multiply(amount));
            yearlyDefaults = yearlyDefaults.add(
                    YearlyDefaultRate.of(loan.pd(), loan.termMonths()).multiply(amount));
            evenlySpread = evenlySpread.add(loan.pd()
                    .multiply(BigDecimal.valueOf(12))
                    .divide(BigDecimal.valueOf(loan.termMonths()), 12, RoundingMode.HALF_UP)
                    .multiply(amount));
            income = income.add(BigDecimal.valueOf(loan.interestPaid()).multiply(kept))
                    .subtract(BigDecimal.valueOf(loan.lendersLoss()));
            YearMonth issued = YearMonth.parse(loan.issueMonth());
            String endMonth = !loan.closedMonth().isEmpty() ? loan.closedMonth() : loan.defaultMonth();
            LocalDate endEarliest =
                    endMonth.isEmpty() ? asOf : YearMonth.parse(endMonth).atDay(1);
            LocalDate endLatest =
                    endMonth.isEmpty() ? asOf : YearMonth.parse(endMonth).atEndOfMonth();
            endEarliest = endEarliest.isAfter(asOf) ? asOf : endEarliest;
            endLatest = endLatest.isAfter(asOf) ? asOf : endLatest;
            long weight = loan.amount() + loan.outstanding();
            capitalDaysLow += weight * Math.max(0, ChronoUnit.DAYS.between(issued.atEndOfMonth(), endEarliest));
            capitalDaysHigh += weight * ChronoUnit.DAYS.between(issued.atDay(1), endLatest);
        }

        /** Net interest less expected losses a year; the first definition when no loss given default is stated. */
        BigDecimal target(BigDecimal lossGivenDefault) {
            return lossGivenDefault == null
                    ? net.subtract(evenlySpread)
                    : net.subtract(yearlyDefaults.multiply(lossGivenDefault));
        }
    }
}
