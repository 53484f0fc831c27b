package io.peerlend.lending.loans.domain;

/**
 * The profile's secondary-market rules: the premium or discount a seller may ask (basis points of the principal
 * outstanding, {@code minPremiumBps} negative for the deepest discount), the sale fee taken from the seller (basis
 * points of the principal and premium), and whether a part of a loan in arrears may be sold at a discount (never at
 * par or a premium; a defaulted loan's parts are never sold).
 */
public record SecondaryMarketPolicy(int minPremiumBps, int maxPremiumBps, int saleFeeBps, boolean latePartsAtDiscount) {

    public static final SecondaryMarketPolicy UK = new SecondaryMarketPolicy(-1000, 500, 100, false);

    public SecondaryMarketPolicy {
        if (minPremiumBps > 0 || maxPremiumBps < 0 || saleFeeBps < 0 || saleFeeBps >= 10_000) {
            throw new IllegalArgumentException("premium bounds must include par and the fee must be below 100%");
        }
    }
}
