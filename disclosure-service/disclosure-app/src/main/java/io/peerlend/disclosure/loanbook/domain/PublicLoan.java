package io.peerlend.disclosure.loanbook.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;

/**
 * One loan as published in the loan-level data: nothing that identifies a person — no names or internal ids (the id
 * is derived from the loan's by a one-way hash), dates to the month, income as a band. Columns in docs/disclosure.md.
 */
public record PublicLoan(
        String id,
        String issueMonth,
        String grade,
        int termMonths,
        String interestRate,
        String amount,
        String currency,
        String purpose,
        String incomeBand,
        String status,
        String principalRepaid,
        String interestPaid,
        String lateFeesPaid,
        String outstandingPrincipal,
        String arrears,
        String defaultMonth,
        String coveredByProvisionFund,
        String recoveries,
        String closedMonth) {

    public static final List<String> COLUMNS = List.of(
            "id",
            "issue_month",
            "grade",
            "term_months",
            "interest_rate",
            "amount",
            "currency",
            "purpose",
            "income_band",
            "status",
            "principal_repaid",
            "interest_paid",
            "late_fees_paid",
            "outstanding_principal",
            "arrears",
            "default_month",
            "covered_by_provision_fund",
            "recoveries",
            "closed_month");

    /** Only loans that were paid out are published. */
    public static PublicLoan of(LoanFact f) {
        int digits = Currency.getInstance(f.currency()).getDefaultFractionDigits();
        return new PublicLoan(
                publicId(f.loanId()),
                month(f.issuedOn()),
                f.grade(),
                f.termMonths(),
                f.ratePercent().toPlainString(),
                money(f.principalMinor(), digits),
                f.currency(),
                f.purpose() == null ? "" : f.purpose(),
                f.incomeBand() == null ? "not stated" : f.incomeBand(),
                f.status().name(),
                money(f.principalRepaidMinor(), digits),
                money(f.interestPaidMinor(), digits),
                money(f.lateFeesPaidMinor(), digits),
                money(f.outstandingPrincipalMinor(), digits),
                f.arrearsBucket(),
                month(f.defaultedOn()),
                money(f.coveredByFundMinor(), digits),
                money(f.recoveredMinor(), digits),
                month(f.closedOn()));
    }

    public List<String> values() {
        return List.of(
                id,
                issueMonth,
                grade,
                String.valueOf(termMonths),
                interestRate,
                amount,
                currency,
                purpose,
                incomeBand,
                status,
                principalRepaid,
                interestPaid,
                lateFeesPaid,
                outstandingPrincipal,
                arrears,
                defaultMonth,
                coveredByProvisionFund,
                recoveries,
                closedMonth);
    }

    /** A loan's public id: the first 16 hex digits of SHA-256 of "peerlend-loan:" and its internal id. */
    public static String publicId(String loanId) {
        return oneWay("peerlend-loan:", loanId);
    }

    /** A secondary-market listing's public id, the same way ("peerlend-listing:"). */
    public static String publicListingId(String listingId) {
        return oneWay("peerlend-listing:", listingId);
    }

    private static String oneWay(String kind, String id) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((kind + id).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String month(LocalDate date) {
        return date == null ? "" : YearMonth.from(date).toString();
    }

    private static String money(long minor, int digits) {
        return BigDecimal.valueOf(minor, digits).toPlainString();
    }
}
