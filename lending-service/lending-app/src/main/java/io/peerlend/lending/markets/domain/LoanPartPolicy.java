package io.peerlend.lending.markets.domain;

/**
 * How lender money is cut into loan parts (docs/architecture.md, "Decisions"): a part is at least {@code minimumPart} and at most
 * {@code maximumShare} per mille of the offer's original amount, never below the minimum, so that one default hurts
 * no lender much. A loan's last part may be smaller than the minimum when that is all the loan still needs.
 */
public record LoanPartPolicy(long minimumPart, int maximumSharePerMille) {

    public static final LoanPartPolicy DEFAULT = new LoanPartPolicy(10_00, 10);

    long largestPartOf(long offerOriginalAmount) {
        return Math.max(minimumPart, offerOriginalAmount * maximumSharePerMille / 1000);
    }
}
