package io.peerlend.lending.loans.domain;

/**
 * What a collected payment's interest and principal give each loan part (split with {@code LargestRemainder}), and
 * the platform's servicing fee taken from the interest. Every cent collected goes to exactly one place: a part or the
 * servicing fee.
 */
public record LenderDistribution(long[] interest, long[] principal, long servicingFee) {

    public long total() {
        long sum = servicingFee;
        for (int i = 0; i < interest.length; i++) {
            sum += interest[i] + principal[i];
        }
        return sum;
    }
}
