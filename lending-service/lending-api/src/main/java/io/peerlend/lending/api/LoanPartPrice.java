package io.peerlend.lending.api;

/**
 * A listing's price on a day, in minor units: the principal outstanding, the premium on it (negative: a discount), the
 * interest accrued to the day net of the servicing fee (the seller's), the price the buyer pays (their sum) and the
 * sale fee the seller pays; {@code sellerId} and {@code currency} for the purchase.
 */
public record LoanPartPrice(
        String sellerId,
        String currency,
        long principalMinor,
        long premiumMinor,
        long accruedInterestMinor,
        long priceMinor,
        long feeMinor) {}
