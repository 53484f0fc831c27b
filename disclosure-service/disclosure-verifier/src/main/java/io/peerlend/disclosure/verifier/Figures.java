package io.peerlend.disclosure.verifier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** How the reports write figures (docs/disclosure.md): amounts as decimals, shares to 4 places, half up. */
final class Figures {

    private Figures() {}

    static String money(long minor, String currency) {
        return BigDecimal.valueOf(minor, Currency.getInstance(currency).getDefaultFractionDigits())
                .toPlainString();
    }

    /** A share to 4 places, half up; "0.0000" when there is nothing to divide by (the operating report's rule). */
    static String share(long part, long whole) {
        return whole == 0 ? "0.0000" : ratio(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    /** A ratio to 4 places, half up; null when there is nothing to divide by (the outcome statement's rule). */
    static String ratio(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0
                ? null
                : part.divide(whole, 4, RoundingMode.HALF_UP).toPlainString();
    }
}
