package io.peerlend.lending.pricing.domain;

import java.math.BigDecimal;

/**
 * The profile's pricing assumptions: the margin a guidance rate adds over expected loss and fee (basis points a
 * year), the loss given default assumed until the platform has measured its own, and the servicing fee (basis points
 * of the interest lenders earn).
 */
public record PricingPolicy(int marginBps, BigDecimal assumedLossGivenDefault, int servicingFeeBps) {

    public PricingPolicy {
        if (marginBps < 0) {
            throw new IllegalArgumentException("a margin is not negative");
        }
        if (assumedLossGivenDefault.signum() < 0 || assumedLossGivenDefault.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("a loss given default lies between 0 and 1");
        }
        if (servicingFeeBps < 0 || servicingFeeBps >= 10_000) {
            throw new IllegalArgumentException("a servicing fee is a share of interest below 100%");
        }
    }

    public BigDecimal margin() {
        return BigDecimal.valueOf(marginBps, 4);
    }

    public BigDecimal feeShare() {
        return BigDecimal.valueOf(servicingFeeBps, 4);
    }
}
