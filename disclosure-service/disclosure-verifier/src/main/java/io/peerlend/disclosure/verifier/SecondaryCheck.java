package io.peerlend.disclosure.verifier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Collection;

/** The secondary market's monthly report, every figure recomputed from every listing's state at the month's end. */
final class SecondaryCheck {

    private SecondaryCheck() {}

    static void check(Findings.Report report, Collection<ListingRow> listings, Findings findings) {
        String currency = report.text("currency");
        YearMonth month = YearMonth.parse(report.period());
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
        for (ListingRow l : listings) {
            if (l.listedOn() == null || l.listedOn().isAfter(last)) {
                continue;
            }
            if (!l.listedOn().isBefore(first)) {
                listed++;
            }
            if (l.soldOn() != null && !l.soldOn().isAfter(last)) {
                salesToDate++;
                principalToDate += l.principal();
                if (!l.soldOn().isBefore(first)) {
                    sales++;
                    principal += l.principal();
                    price += l.price();
                    premium += l.premium();
                    days += ChronoUnit.DAYS.between(l.listedOn(), l.soldOn());
                }
            } else if (l.withdrawnOn() != null && !l.withdrawnOn().isAfter(last)) {
                withdrawn += l.withdrawnOn().isBefore(first) ? 0 : 1;
            } else {
                open++;
            }
        }
        findings.compare(report, "sales", sales);
        findings.compare(report, "principalTraded", Figures.money(principal, currency));
        findings.compare(report, "pricePaid", Figures.money(price, currency));
        findings.compare(
                report, "averagePremium", Figures.ratio(BigDecimal.valueOf(premium), BigDecimal.valueOf(principal)));
        findings.compare(
                report,
                "averageDaysToSell",
                sales == 0
                        ? null
                        : BigDecimal.valueOf(days)
                                .divide(BigDecimal.valueOf(sales), 1, RoundingMode.HALF_UP)
                                .toPlainString());
        findings.compare(report, "listed", listed);
        findings.compare(report, "withdrawn", withdrawn);
        findings.compare(report, "openAtMonthEnd", open);
        findings.compare(report, "salesToDate", salesToDate);
        findings.compare(report, "principalTradedToDate", Figures.money(principalToDate, currency));
    }
}
