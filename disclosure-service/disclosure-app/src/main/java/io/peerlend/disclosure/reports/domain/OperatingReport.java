package io.peerlend.disclosure.reports.domain;

import java.util.List;

/**
 * The monthly operating report of China's 2017 P2P information disclosure guideline (网络借贷信息中介机构业务活动信息披露
 * 指引, article 7), as of the last day of {@code period}; every item is defined in docs/disclosure.md. Amounts are
 * decimal strings in {@code currency}, shares and rates decimal fractions with 4 places. {@code previousHash} chains
 * the report to the one before it (64 zeros for the first).
 */
public record OperatingReport(
        String series,
        String period,
        String asOf,
        String currency,
        String previousHash,
        Item cumulativeLending,
        Item outstanding,
        String outstandingInterest,
        Counts lenders,
        Counts borrowers,
        Concentration concentration,
        Item relatedParty,
        Item overdue,
        Item overdueOver90Days,
        Item repaidOnBorrowersBehalf,
        Rates overdueRate,
        List<FeeLine> feeSchedule) {

    public static final String SERIES = "monthly-operating";

    /** A number of loans and an amount. */
    public record Item(long count, String amount) {}

    /** People since the platform began, and in the month. */
    public record Counts(long cumulative, long thisMonth) {}

    public record Concentration(String top10BorrowersShare, String largestBorrowerShare) {}

    public record Rates(String byCount, String byAmount) {}

    /** One fee the platform charges, and on what basis. */
    public record FeeLine(String fee, String basis) {}
}
