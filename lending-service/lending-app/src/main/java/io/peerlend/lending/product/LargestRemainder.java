package io.peerlend.lending.product;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits an amount of minor units in proportion to weights so that the shares always sum to the whole: each share is
 * first rounded down, then the cents left over go one each to the largest remainders (ties to the earlier weight, so
 * the result is deterministic). The Hamilton method.
 */
public final class LargestRemainder {

    private LargestRemainder() {}

    public static long[] split(long amount, long[] weights) {
        if (amount < 0) {
            throw new IllegalArgumentException("cannot split a negative amount");
        }
        long total = 0;
        for (long w : weights) {
            if (w < 0) {
                throw new IllegalArgumentException("weights must not be negative");
            }
            total = Math.addExact(total, w);
        }
        long[] shares = new long[weights.length];
        if (total == 0) {
            if (amount != 0) {
                throw new IllegalArgumentException("cannot split " + amount + " by weights that sum to zero");
            }
            return shares;
        }
        long[] remainders = new long[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            // amount × weight can exceed a long for large books: the division is done exactly
            long[] qr = divide(amount, weights[i], total);
            shares[i] = qr[0];
            remainders[i] = qr[1];
            given += shares[i];
        }
        List<Integer> order = new ArrayList<>(weights.length);
        for (int i = 0; i < weights.length; i++) {
            order.add(i);
        }
        order.sort(
                Comparator.<Integer>comparingLong(i -> remainders[i]).reversed().thenComparingInt(i -> i));
        for (int k = 0; k < amount - given; k++) {
            shares[order.get(k)]++;
        }
        return shares;
    }

    /** floor(a × b / c) and its remainder, exactly, for non-negative a, b and positive c. */
    private static long[] divide(long a, long b, long c) {
        BigInteger product = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b));
        BigInteger[] qr = product.divideAndRemainder(BigInteger.valueOf(c));
        return new long[] {qr[0].longValueExact(), qr[1].longValueExact()};
    }
}
