package io.peerlend.disclosure.reports.domain;

import io.peerlend.disclosure.loanbook.domain.LenderActivity;
import io.peerlend.disclosure.loanbook.domain.LoanFact;
import io.peerlend.disclosure.loanbook.domain.LoanStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes the monthly operating report from the loan book as it stood at the end of the month. Pure: the same facts
 * give the same report, byte for byte once written canonically, which is what lets a replay check a published report.
 */
public final class OperatingFigures {

    public static final String NO_PREVIOUS = "0".repeat(64);

    private OperatingFigures() {}

    /**
     * The report for a month: the figures as of its last day. {@code relatedParties}: the borrower keys of the
     * platform's related parties then (KYC records them), whose outstanding loans the report counts apart.
     */
    public static OperatingReport monthly(
            YearMonth month,
            String currency,
            Iterable<LoanFact> loans,
            Iterable<LenderActivity> lenders,
            Set<String> relatedParties,
            List<OperatingReport.FeeLine> fees,
            String previousHash) {
        return on(month.atEndOfMonth(), currency, loans, lenders, relatedParties, fees, previousHash);
    }

    /** The figures as of the end of any day ("this month" being the month of that day, so far). */
    public static OperatingReport on(
            LocalDate asOf,
            String currency,
            Iterable<LoanFact> loans,
            Iterable<LenderActivity> lenders,
            Set<String> relatedParties,
            List<OperatingReport.FeeLine> fees,
            String previousHash) {
        YearMonth month = YearMonth.from(asOf);
        String thisMonth = month.toString();
        long issued = 0;
        long issuedAmount = 0;
        long outstandingLoans = 0;
        long outstandingPrincipal = 0;
        long outstandingInterest = 0;
        long overdue = 0;
        long overduePrincipal = 0;
        long over90 = 0;
        long over90Principal = 0;
        long covered = 0;
        long coveredAmount = 0;
        long related = 0;
        long relatedPrincipal = 0;
        Set<String> borrowers = new HashSet<>();
        Set<String> borrowersThisMonth = new HashSet<>();
        Map<String, Long> owedByBorrower = new HashMap<>();
        for (LoanFact f : loans) {
            if (!f.issued() || f.issuedOn().isAfter(asOf) || !currency.equals(f.currency())) {
                continue;
            }
            issued++;
            issuedAmount += f.principalMinor();
            borrowers.add(f.borrowerKey());
            if (YearMonth.from(f.issuedOn()).equals(month)) {
                borrowersThisMonth.add(f.borrowerKey());
            }
            if (f.coveredByFundMinor() > 0) {
                covered++;
                coveredAmount += f.coveredByFundMinor();
            }
            if (!f.outstanding()) {
                continue;
            }
            outstandingLoans++;
            outstandingPrincipal += f.outstandingPrincipalMinor();
            if (f.status() == LoanStatus.ACTIVE) {
                outstandingInterest += f.interestRemainingMinor();
            }
            owedByBorrower.merge(f.borrowerKey(), f.outstandingPrincipalMinor(), Long::sum);
            if (relatedParties.contains(f.borrowerKey())) {
                related++;
                relatedPrincipal += f.outstandingPrincipalMinor();
            }
            boolean defaulted = f.status() == LoanStatus.DEFAULTED;
            if (defaulted || f.daysPastDue() > 0) {
                overdue++;
                overduePrincipal += f.outstandingPrincipalMinor();
            }
            if (defaulted || f.daysPastDue() > 90) {
                over90++;
                over90Principal += f.outstandingPrincipalMinor();
            }
        }
        long lendersEver = 0;
        long lendersThisMonth = 0;
        for (LenderActivity l : lenders) {
            if (l.months().stream().anyMatch(m -> m.compareTo(thisMonth) <= 0)) {
                lendersEver++;
            }
            if (l.months().contains(thisMonth)) {
                lendersThisMonth++;
            }
        }
        List<Long> owed = new ArrayList<>(owedByBorrower.values());
        owed.sort(Comparator.reverseOrder());
        long top10 = owed.stream().limit(10).mapToLong(Long::longValue).sum();
        long largest = owed.isEmpty() ? 0 : owed.get(0);
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        return new OperatingReport(
                OperatingReport.SERIES,
                thisMonth,
                asOf.toString(),
                currency,
                previousHash,
                new OperatingReport.Item(issued, money(issuedAmount, digits)),
                new OperatingReport.Item(outstandingLoans, money(outstandingPrincipal, digits)),
                money(outstandingInterest, digits),
                new OperatingReport.Counts(lendersEver, lendersThisMonth),
                new OperatingReport.Counts(borrowers.size(), borrowersThisMonth.size()),
                new OperatingReport.Concentration(
                        share(top10, outstandingPrincipal), share(largest, outstandingPrincipal)),
                new OperatingReport.Item(related, money(relatedPrincipal, digits)),
                new OperatingReport.Item(overdue, money(overduePrincipal, digits)),
                new OperatingReport.Item(over90, money(over90Principal, digits)),
                new OperatingReport.Item(covered, money(coveredAmount, digits)),
                new OperatingReport.Rates(
                        share(overdue, outstandingLoans), share(overduePrincipal, outstandingPrincipal)),
                List.copyOf(fees));
    }

    static String money(long minor, int digits) {
        return BigDecimal.valueOf(minor, digits).toPlainString();
    }

    /** A fraction with 4 places, half up; 0.0000 when there is nothing to divide by. */
    static String share(long part, long whole) {
        return whole == 0
                ? "0.0000"
                : BigDecimal.valueOf(part)
                        .divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP)
                        .toPlainString();
    }
}
