package io.peerlend.lending.product;

/**
 * How lender money is cut into loan parts (docs/architecture.md, "Decisions"): a part is at least {@code minimumPart}
 * and at most {@code maximumSharePerMille} per mille of the offer's original amount, never below the minimum, so that
 * one default hurts no lender much. A loan's last part may be smaller than the minimum when that is all the loan still
 * needs. The minimum is also the smallest deposit and the smallest offer: less could never make a part. The numbers
 * are the profile's ({@code peerlend.lending.parts}); {@link #DEFAULT} is the uk profile's, for tests.
 */
public record LoanPartPolicy(long minimumPart, int maximumSharePerMille) {

    public static final LoanPartPolicy DEFAULT = new LoanPartPolicy(10_00, 10);

    public LoanPartPolicy {
        if (minimumPart <= 0 || maximumSharePerMille <= 0 || maximumSharePerMille > 1000) {
            throw new IllegalArgumentException(
                    "a loan part's minimum must be positive and its share 1 to 1000 per mille");
        }
    }

    public long largestPartOf(long offerOriginalAmount) {
        return Math.max(minimumPart, offerOriginalAmount * maximumSharePerMille / 1000);
    }
}
