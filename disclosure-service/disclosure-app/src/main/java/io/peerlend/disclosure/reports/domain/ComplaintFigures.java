package io.peerlend.disclosure.reports.domain;

import io.peerlend.disclosure.complaints.domain.ComplaintFact;
import io.peerlend.kyc.api.ComplaintCategory;
import io.peerlend.kyc.api.CustomerRole;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;

/** The complaints figures of a period, from the facts as they stood at its end. */
public final class ComplaintFigures {

    private ComplaintFigures() {}

    /** The half-year ending in {@code lastMonthOfHalf} (June or December): {@code 2027-H1}, {@code 2027-H2}. */
    public static String halfYear(int year, int lastMonthOfHalf) {
        return year + (lastMonthOfHalf <= 6 ? "-H1" : "-H2");
    }

    public static ComplaintsReport of(
            String period,
            LocalDate from,
            LocalDate to,
            String currency,
            Collection<ComplaintFact> facts,
            String previousHash) {
        List<ComplaintFact> raised =
                facts.stream().filter(f -> within(f.raisedOn(), from, to)).toList();
        List<ComplaintFact> closed =
                facts.stream().filter(f -> within(f.resolvedOn(), from, to)).toList();
        long upheld = closed.stream().filter(ComplaintFact::upheld).count();
        long inTime = closed.stream()
                .filter(f -> Boolean.TRUE.equals(f.withinDeadline()))
                .count();
        long redress = closed.stream().mapToLong(ComplaintFact::redressMinor).sum();
        List<ComplaintsReport.CategoryLine> byCategory = new ArrayList<>();
        for (ComplaintCategory category : ComplaintCategory.values()) {
            long o = raised.stream().filter(f -> f.category() == category).count();
            List<ComplaintFact> c =
                    closed.stream().filter(f -> f.category() == category).toList();
            if (o > 0 || !c.isEmpty()) {
                byCategory.add(new ComplaintsReport.CategoryLine(
                        category.name(),
                        o,
                        c.size(),
                        c.stream().filter(ComplaintFact::upheld).count()));
            }
        }
        return new ComplaintsReport(
                ComplaintsReport.SERIES,
                period,
                from.toString(),
                to.toString(),
                currency,
                previousHash,
                raised.size(),
                raised.stream().filter(f -> f.role() == CustomerRole.BORROWER).count(),
                raised.stream().filter(f -> f.role() == CustomerRole.LENDER).count(),
                closed.size(),
                upheld,
                share(upheld, closed.size()),
                share(inTime, closed.size()),
                facts.stream().filter(f -> f.openOn(to)).count(),
                facts.stream().filter(f -> within(f.escalatedOn(), from, to)).count(),
                BigDecimal.valueOf(redress, Currency.getInstance(currency).getDefaultFractionDigits())
                        .toPlainString(),
                byCategory);
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    private static String share(long part, long whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part)
                        .divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_EVEN)
                        .toPlainString();
    }
}
