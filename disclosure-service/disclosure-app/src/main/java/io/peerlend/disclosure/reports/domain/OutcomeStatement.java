package io.peerlend.disclosure.reports.domain;

import java.util.List;

/**
 * The annual outcome statement (the uk profile's, which also gives the EU crowdfunding regulation's Article 20
 * figures): expected against actual default rates by grade and year of origination over the three calendar years to
 * the statement's date (at least 36 months), the assumptions behind them, arrears, the provision fund's coverage, and
 * target against actual lender returns. Every figure is defined in docs/disclosure.md. Amounts are decimal strings in
 * {@code currency}; rates and ratios decimal fractions with 4 places (null where there is nothing to measure).
 */
public record OutcomeStatement(
        String series,
        String period,
        String asOf,
        String currency,
        String previousHash,
        String originatedFrom,
        List<DefaultRates> defaultRates,
        List<Arrears> arrears,
        FundCoverage provisionFund,
        List<Returns> lenderReturns,
        List<String> assumptions) {

    public static final String SERIES = "annual-outcome";

    /** One grade's loans of one year of origination ({@code originated} "all" for the grade over the window). */
    public record DefaultRates(
            String grade,
            String originated,
            long loans,
            String amountLent,
            long stillRunning,
            long defaulted,
            String expectedDefaultRate,
            String actualDefaultRate) {}

    /** Loans outstanding at the date by arrears bucket, and their share of the principal outstanding. */
    public record Arrears(String bucket, long loans, String outstandingPrincipal, String shareOfOutstanding) {}

    public record FundCoverage(
            String balance,
            String outstandingPrincipal,
            String expectedLosses,
            String coverage,
            String balanceToOutstanding,
            String paidToLenders,
            String reimbursedByRecoveries) {}

    /** Per grade, over the loans of the window: the return the loans were priced to give, and what they gave. */
    public record Returns(
            String grade, long loans, String amountLent, String targetAnnualReturn, String actualAnnualReturn) {}
}
