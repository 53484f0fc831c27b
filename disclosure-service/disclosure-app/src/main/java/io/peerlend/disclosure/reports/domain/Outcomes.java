package io.peerlend.disclosure.reports.domain;

import io.peerlend.disclosure.loanbook.domain.LoanFact;
import io.peerlend.disclosure.loanbook.domain.LoanStatus;
import io.peerlend.disclosure.loanbook.domain.ModelOutcomes;
import io.peerlend.lending.api.LossGivenDefault;
import io.peerlend.lending.api.RiskPricing;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Works out the annual outcome statement from the loan book as it stands at the statement's date. Pure. */
public final class Outcomes {

    /** The arrears buckets in order (the lending service's), then loans in default. */
    static final List<String> BUCKETS = List.of("CURRENT", "1-30", "31-60", "61-90", "90+", "DEFAULTED");

    private Outcomes() {}

    /**
     * @param asOf          the statement's date: the year's last day, or the business date for a year still running
     * @param lenderFeeRate the share of interest the platform keeps as its servicing fee (0.10 for 10%)
     * @param assumedLossGivenDefault the loss given default lending prices with until it has measured its own; null for
     *     a date before lending published one: the statement then keeps the definitions of its time (each loan's PD
     *     spread evenly over its term, no recovery), so a statement replayed from the events is the one published
     */
    public static OutcomeStatement annual(
            int year,
            LocalDate asOf,
            String currency,
            Iterable<LoanFact> loans,
            long fundBalanceMinor,
            BigDecimal lenderFeeRate,
            BigDecimal assumedLossGivenDefault,
            String previousHash) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        LocalDate from = LocalDate.of(year - 2, 1, 1);
        Map<String, Map<String, Cohort>> cohorts =
                new TreeMap<>(Comparator.comparingInt(Outcomes::gradeOrder).thenComparing(Comparator.naturalOrder()));
        Map<String, long[]> arrears = new LinkedHashMap<>();
        BUCKETS.forEach(b -> arrears.put(b, new long[2]));
        long outstanding = 0;
        long performing = 0;
        BigDecimal expectedLosses = BigDecimal.ZERO;
        long paidByFund = 0;
        long reimbursed = 0;
        LossGivenDefault.Measure lossMeasure = new LossGivenDefault.Measure(asOf);
        for (LoanFact f : loans) {
            if (!f.issued() || f.issuedOn().isAfter(asOf) || !currency.equals(f.currency())) {
                continue;
            }
            if (f.defaultedOn() != null && !f.defaultedOn().isAfter(asOf)) {
                // what it owed at default: recoveries since do not count as principal repaid
                lossMeasure.add(f.defaultedOn(), f.principalMinor() - f.principalRepaidMinor(), f.recoveredMinor());
            }
            paidByFund += f.coveredByFundMinor();
            reimbursed += f.fundReimbursedMinor();
            if (f.outstanding()) {
                boolean defaulted = f.status() == LoanStatus.DEFAULTED;
                long[] bucket = arrears.computeIfAbsent(defaulted ? "DEFAULTED" : f.arrearsBucket(), b -> new long[2]);
                bucket[0]++;
                bucket[1] += f.outstandingPrincipalMinor();
                outstanding += f.outstandingPrincipalMinor();
                if (!defaulted) {
                    performing += f.outstandingPrincipalMinor();
                    expectedLosses =
                            expectedLosses.add(f.pd().multiply(BigDecimal.valueOf(f.outstandingPrincipalMinor())));
                }
            }
            if (f.issuedOn().isBefore(from)) {
                continue;
            }
            Map<String, Cohort> ofGrade = cohorts.computeIfAbsent(f.grade(), g -> new TreeMap<>());
            ofGrade.computeIfAbsent(String.valueOf(f.issuedOn().getYear()), y -> new Cohort())
                    .add(f, asOf, lenderFeeRate);
            ofGrade.computeIfAbsent("all", y -> new Cohort()).add(f, asOf, lenderFeeRate);
        }
        LossGivenDefault lgd = assumedLossGivenDefault == null ? null : lossMeasure.orAssumed(assumedLossGivenDefault);
        List<OutcomeStatement.DefaultRates> rates = new ArrayList<>();
        List<OutcomeStatement.Returns> returns = new ArrayList<>();
        cohorts.forEach((grade, years) -> years.forEach((originated, c) -> {
            rates.add(new OutcomeStatement.DefaultRates(
                    grade,
                    originated,
                    c.loans,
                    money(c.lent, digits),
                    c.running,
                    c.defaulted,
                    ratio(c.pds, BigDecimal.valueOf(c.loans)),
                    ratio(BigDecimal.valueOf(c.defaulted), BigDecimal.valueOf(c.loans))));
            if (originated.equals("all")) {
                returns.add(new OutcomeStatement.Returns(
                        grade,
                        c.loans,
                        money(c.lent, digits),
                        ratio(c.target(lgd), BigDecimal.valueOf(c.lent)),
                        // income over capital-years: capital × days ÷ 2 (the average of two balances) ÷ 365
                        ratio(c.income.multiply(BigDecimal.valueOf(730)), BigDecimal.valueOf(c.capitalDays))));
            }
        }));
        long total = outstanding;
        List<OutcomeStatement.Arrears> byBucket = arrears.entrySet().stream()
                .map(b -> new OutcomeStatement.Arrears(
                        b.getKey(),
                        b.getValue()[0],
                        money(b.getValue()[1], digits),
                        ratio(BigDecimal.valueOf(b.getValue()[1]), BigDecimal.valueOf(total))))
                .toList();
        OutcomeStatement.FundCoverage fund = new OutcomeStatement.FundCoverage(
                money(fundBalanceMinor, digits),
                money(performing, digits),
                BigDecimal.valueOf(
                                expectedLosses.setScale(0, RoundingMode.HALF_UP).longValueExact(), digits)
                        .toPlainString(),
                ratio(BigDecimal.valueOf(fundBalanceMinor), expectedLosses),
                ratio(BigDecimal.valueOf(fundBalanceMinor), BigDecimal.valueOf(outstanding)),
                money(paidByFund, digits),
                money(reimbursed, digits));
        return new OutcomeStatement(
                OutcomeStatement.SERIES,
                String.valueOf(year),
                asOf.toString(),
                currency,
                previousHash,
                from.toString(),
                rates,
                byBucket,
                fund,
                returns,
                assumptions(lenderFeeRate, lgd));
    }

    /** What one grade's loans of one year (or of the window) add up to. */
    private static final class Cohort {
        long loans;
        long lent;
        long running;
        long defaulted;
        BigDecimal pds = BigDecimal.ZERO;
        /** Σ amount × rate net of the servicing fee. */
        BigDecimal netWeighted = BigDecimal.ZERO;
        /** Σ amount × the PD spread over the term as a yearly rate ({@link RiskPricing#yearlyDefaultRate}). */
        BigDecimal yearlyDefaultWeighted = BigDecimal.ZERO;
        /** Σ amount × PD × 12 ÷ term: the first definition's loss a year (statements before pricing assumptions). */
        BigDecimal evenlySpreadWeighted = BigDecimal.ZERO;
        /** Interest net of the servicing fee less lenders' losses, minor units. */
        BigDecimal income = BigDecimal.ZERO;
        /** Σ (amount + principal outstanding at the end) × days from payout to the end. */
        long capitalDays;

        /** Σ amount × (net rate − yearly default rate × loss given default), or the first definition's. */
        BigDecimal target(LossGivenDefault lossGivenDefault) {
            return lossGivenDefault == null
                    ? netWeighted.subtract(evenlySpreadWeighted)
                    : netWeighted.subtract(yearlyDefaultWeighted.multiply(lossGivenDefault.rate()));
        }

        void add(LoanFact f, LocalDate asOf, BigDecimal feeRate) {
            loans++;
            lent += f.principalMinor();
            running += f.status() == LoanStatus.ACTIVE ? 1 : 0;
            defaulted += f.defaultedOn() != null && !f.defaultedOn().isAfter(asOf) ? 1 : 0;
            pds = pds.add(f.pd());
            BigDecimal amount = BigDecimal.valueOf(f.principalMinor());
            netWeighted = netWeighted.add(f.ratePercent()
                    .movePointLeft(2)
                    .multiply(BigDecimal.ONE.subtract(feeRate))
                    .multiply(amount));
            yearlyDefaultWeighted = yearlyDefaultWeighted.add(
                    RiskPricing.yearlyDefaultRate(f.pd(), f.termMonths()).multiply(amount));
            evenlySpreadWeighted = evenlySpreadWeighted.add(f.pd().multiply(BigDecimal.valueOf(12))
                    .divide(BigDecimal.valueOf(f.termMonths()), 12, RoundingMode.HALF_UP)
                    .multiply(amount));
            income = income.add(BigDecimal.valueOf(f.interestPaidMinor()).multiply(BigDecimal.ONE.subtract(feeRate)))
                    .subtract(BigDecimal.valueOf(f.lendersLossMinor()));
            LocalDate end = f.closedOn() != null ? f.closedOn() : f.defaultedOn() != null ? f.defaultedOn() : asOf;
            end = end.isAfter(asOf) ? asOf : end;
            capitalDays +=
                    (f.principalMinor() + f.outstandingPrincipalMinor()) * ChronoUnit.DAYS.between(f.issuedOn(), end);
        }
    }

    static List<String> assumptions(BigDecimal feeRate, LossGivenDefault lgd) {
        String fee = feeRate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
        List<String> lines = new ArrayList<>();
        lines.add("Expected default rate: the credit scorecard's probability of default over the loan's whole life, "
                + "given when the loan was graded, averaged over the loans.");
        lines.add(
                "A loan is in default once an instalment is more than 90 days overdue; the actual default rate counts "
                        + "the loans in default by the statement date, so for loans still running it understates "
                        + "their lifetime rate.");
        if (lgd == null) {
            // the wording of statements from before the pricing assumptions were published, word for word
            lines.add("Target return: each loan's interest rate less the " + fee + " servicing fee, less its expected "
                    + "loss spread evenly over its term, weighted by amount lent; before tax.");
        } else {
            String loss = lgd.rate().movePointRight(2).stripTrailingZeros().toPlainString() + "%";
            lines.add("Target return: each loan's interest rate less the " + fee + " servicing fee, less its expected "
                    + "loss a year (its probability of default spread over its term as a constant yearly rate, "
                    + "1 - (1 - PD)^(12 / months), times the loss given default), weighted by amount lent; before "
                    + "tax. The same definitions price the markets' guidance rates and lenders' expected returns.");
            lines.add("Loss given default: " + loss + ", "
                    + (lgd.measured()
                            ? "measured on the " + lgd.loans() + " loans in default for at least 12 months: one "
                                    + "minus what was recovered over what they owed at default."
                            : "the platform's stated assumption until at least 30 loans have been in default for "
                                    + "12 months (" + lgd.loans() + " so far)."));
        }
        lines.add("Actual return: interest received less the " + fee + " servicing fee, less principal lenders lost "
                + "on loans in default after provision fund payments and recoveries, divided by the capital "
                + "lent over time (each loan's average of its amount and its principal outstanding at "
                + "repayment, default or the statement date, times the years in between); before tax.");
        lines.add("Provision fund coverage: the fund's balance against the expected losses of the loans not in "
                + "default (principal outstanding × probability of default; no recovery assumed). Payments "
                + "from the fund are at the platform's discretion and not guaranteed.");
        return List.copyOf(lines);
    }

    private static int gradeOrder(String grade) {
        int i = ModelOutcomes.GRADES.indexOf(grade);
        return i < 0 ? ModelOutcomes.GRADES.size() : i;
    }

    private static String money(long minor, int digits) {
        return BigDecimal.valueOf(minor, digits).toPlainString();
    }

    private static String ratio(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0
                ? null
                : part.divide(whole, 4, RoundingMode.HALF_UP).toPlainString();
    }
}
