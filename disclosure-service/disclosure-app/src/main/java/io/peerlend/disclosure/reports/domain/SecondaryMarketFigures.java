package io.peerlend.disclosure.reports.domain;

import io.peerlend.disclosure.loanbook.domain.SecondaryTrade;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Currency;

/** Works out the secondary market's monthly report from every listing as it stood at the month's end. Pure. */
public final class SecondaryMarketFigures {

    private SecondaryMarketFigures() {}

    public static SecondaryMarketReport monthly(
            YearMonth month, String currency, Iterable<SecondaryTrade> trades, String previousHash) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        long sales = 0;
        long principal = 0;
        long price = 0;
        long premium = 0;
        long days = 0;
        long listed = 0;
        long withdrawn = 0;
        long open = 0;
        long salesToDate = 0;
        long principalToDate = 0;
        for (SecondaryTrade t : trades) {
            if (t.listedOn() == null || t.listedOn().isAfter(last)) {
                continue;
            }
            if (!t.listedOn().isBefore(first)) {
                listed++;
            }
            boolean soldBy = t.soldOn() != null && !t.soldOn().isAfter(last);
            boolean withdrawnBy = t.withdrawnOn() != null && !t.withdrawnOn().isAfter(last);
            if (soldBy) {
                salesToDate++;
                principalToDate += t.principalMinor();
                if (!t.soldOn().isBefore(first)) {
                    sales++;
                    principal += t.principalMinor();
                    price += t.priceMinor();
                    premium += t.premiumMinor();
                    days += ChronoUnit.DAYS.between(t.listedOn(), t.soldOn());
                }
            } else if (withdrawnBy) {
                if (!t.withdrawnOn().isBefore(first)) {
                    withdrawn++;
                }
            } else {
                open++;
            }
        }
        return new SecondaryMarketReport(
                SecondaryMarketReport.SERIES,
                month.toString(),
                last.toString(),
                currency,
                previousHash,
                sales,
                money(principal, digits),
                money(price, digits),
                principal == 0
                        ? null
                        : BigDecimal.valueOf(premium)
                                .divide(BigDecimal.valueOf(principal), 4, RoundingMode.HALF_UP)
                                .toPlainString(),
                sales == 0
                        ? null
                        : BigDecimal.valueOf(days)
                                .divide(BigDecimal.valueOf(sales), 1, RoundingMode.HALF_UP)
                                .toPlainString(),
                listed,
                withdrawn,
                open,
                salesToDate,
                money(principalToDate, digits));
    }

    private static String money(long minor, int digits) {
        return BigDecimal.valueOf(minor, digits).toPlainString();
    }
}
