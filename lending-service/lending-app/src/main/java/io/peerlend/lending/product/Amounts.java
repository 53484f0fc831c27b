package io.peerlend.lending.product;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * Decimal strings to integer minor units and back, exactly, using the currency's own number of decimals (ISO 4217 as
 * the JDK knows it). The one money conversion of the service: requests, events and views all go through here.
 */
public final class Amounts {

    private Amounts() {}

    /** @throws ArithmeticException when the amount has more decimals than the currency allows */
    public static long toMinor(String decimal, String currency) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        return new BigDecimal(decimal)
                .setScale(digits, RoundingMode.UNNECESSARY)
                .movePointRight(digits)
                .longValueExact();
    }

    /**
     * An amount a caller sent in {@code field}.
     *
     * @throws RuleBroken naming the field when it has more decimals than the currency allows
     */
    public static long requested(String field, String decimal, String currency) {
        try {
            return toMinor(decimal, currency);
        } catch (ArithmeticException e) {
            throw new RuleBroken(field, "has more decimals than " + currency + " allows");
        }
    }

    public static String format(long minor, String currency) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        return BigDecimal.valueOf(minor, digits).toPlainString();
    }

    /** A rate in basis points as the percentage a person reads ("4.50"). */
    public static String percent(int rateBps) {
        return BigDecimal.valueOf(rateBps, 2).toPlainString();
    }

    /**
     * A percentage a person typed ("4.5") in basis points.
     *
     * @throws ArithmeticException when it is finer than a basis point
     */
    public static int bps(String percent) {
        return new BigDecimal(percent).movePointRight(2).intValueExact();
    }
}
