package io.peerlend.lending.collections.domain;

/**
 * What a collected instalment's interest and principal give each loan part, pro rata to the parts' outstanding
 * principal with largest-remainder cents, less the platform's servicing fee (basis points of the interest, rounded
 * down, so lenders are never short-changed by rounding). Every cent collected goes to exactly one place: a part or
 * the servicing fee.
 */
public record LenderDistribution(long[] interest, long[] principal, long servicingFee) {

    public static LenderDistribution of(long interestCollected, long principalCollected, long[] partOutstanding,
                                        int servicingFeeBps) {
        long fee = interestCollected * servicingFeeBps / 10_000;
        long[] interest = LargestRemainder.split(interestCollected - fee, partOutstanding);
        long[] principal = LargestRemainder.split(principalCollected, partOutstanding);
        return new LenderDistribution(interest, principal, fee);
    }

    public long total() {
        long sum = servicingFee;
        for (int i = 0; i < interest.length; i++) {
            sum += interest[i] + principal[i];
        }
        return sum;
    }
}
