package io.peerlend.lending.applications.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** Decimal strings to integer minor units and back, exactly, using the currency's own number of decimals. */
public final class Amounts {

    private Amounts() {
    }

    /** @throws ArithmeticException when the amount has more decimals than the currency allows */
    public static long toMinor(String decimal, String currency) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        return new BigDecimal(decimal).setScale(digits, RoundingMode.UNNECESSARY).movePointRight(digits)
                .longValueExact();
    }

    public static String format(long minor, String currency) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        return BigDecimal.valueOf(minor, digits).toPlainString();
    }
}
