package io.peerlend.disclosure.reports.domain;

import io.peerlend.disclosure.loanbook.domain.LoanFact;
import io.peerlend.disclosure.loanbook.domain.PublicLoan;
import io.peerlend.disclosure.loanbook.domain.SecondaryTrade;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The loan-level data behind each month's reports, in the shape anyone can recompute them from: for every loan paid
 * out, and every secondary-market listing, its state at the month's end — published as the rows that changed in the
 * month (a loan paid out, repaid, in arrears, defaulted, recovered; a listing made, withdrawn or sold), so the state at
 * the end of any month is the last row of each id up to it. Each month's files are anchored by a manifest (their row
 * counts and SHA-256) signed and chained like every report. Pure; the columns are defined in docs/disclosure.md.
 */
public final class MonthlyData {

    public static final String SERIES = "monthly-loan-data";
    public static final String LOANS = "loans";
    public static final String LISTINGS = "listings";

    public static final List<String> LOAN_COLUMNS = List.of(
            "id",
            "issue_month",
            "grade",
            "term_months",
            "interest_rate",
            "amount",
            "currency",
            "pd",
            "status",
            "outstanding_principal",
            "principal_repaid",
            "interest_paid",
            "interest_remaining",
            "late_fees_paid",
            "days_past_due",
            "arrears",
            "default_month",
            "covered_by_provision_fund",
            "reimbursed_to_provision_fund",
            "recoveries",
            "closed_month");

    public static final List<String> LISTING_COLUMNS =
            List.of("id", "loan", "listed_on", "withdrawn_on", "sold_on", "principal", "premium", "price");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private MonthlyData() {}

    /** The signed manifest of one month's files. */
    public record Manifest(
            String series,
            String period,
            String asOf,
            String currency,
            String previousHash,
            DataFile loans,
            DataFile listings) {}

    /** One file of the month: where it is, its columns, how many rows, the SHA-256 of its exact bytes. */
    public record DataFile(String path, List<String> columns, long rows, String sha256) {}

    /** Where a month's file is served (under the gateway's public prefix). */
    public static String path(String period, String file) {
        return "/public/disclosure/data/" + period + "/" + file + ".csv";
    }

    /** A loan's state as published: its public id first. */
    public static List<String> loanRow(LoanFact f) {
        int digits = Currency.getInstance(f.currency()).getDefaultFractionDigits();
        return List.of(
                PublicLoan.publicId(f.loanId()),
                month(f.issuedOn()),
                f.grade(),
                String.valueOf(f.termMonths()),
                f.ratePercent().toPlainString(),
                money(f.principalMinor(), digits),
                f.currency(),
                f.pd().toPlainString(),
                f.status().name(),
                money(f.outstandingPrincipalMinor(), digits),
                money(f.principalRepaidMinor(), digits),
                money(f.interestPaidMinor(), digits),
                money(f.interestRemainingMinor(), digits),
                money(f.lateFeesPaidMinor(), digits),
                String.valueOf(f.daysPastDue()),
                f.arrearsBucket(),
                month(f.defaultedOn()),
                money(f.coveredByFundMinor(), digits),
                money(f.fundReimbursedMinor(), digits),
                money(f.recoveredMinor(), digits),
                month(f.closedOn()));
    }

    /**
     * A listing's state as published: days in full (a listing names no borrower and no lender, and the days from
     * listing to sale are one of the month's figures).
     */
    public static List<String> listingRow(SecondaryTrade t, String currency) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        return List.of(
                PublicLoan.publicListingId(t.listingId()),
                t.loanId() == null ? "" : PublicLoan.publicId(t.loanId()),
                day(t.listedOn()),
                day(t.withdrawnOn()),
                day(t.soldOn()),
                money(t.principalMinor(), digits),
                money(t.premiumMinor(), digits),
                money(t.priceMinor(), digits));
    }

    /** Writes a file's exact bytes: RFC 4180 CSV (CRLF), UTF-8, a header, then the rows in the order given. */
    public static void write(OutputStream out, List<String> columns, Iterator<List<String>> rows) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(
                writer,
                FORMAT.builder().setHeader(columns.toArray(String[]::new)).get())) {
            while (rows.hasNext()) {
                csv.printRecord(rows.next());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SHA-256 of the bytes {@link #write} gives for these rows. */
    public static String sha256(List<String> columns, List<List<String>> rows) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            write(new DigestOutputStream(OutputStream.nullOutputStream(), digest), columns, rows.iterator());
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static DataFile file(String period, String file, List<String> columns, List<List<String>> rows) {
        return new DataFile(path(period, file), columns, rows.size(), sha256(columns, rows));
    }

    private static String month(LocalDate date) {
        return date == null ? "" : YearMonth.from(date).toString();
    }

    private static String day(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String money(long minor, int digits) {
        return BigDecimal.valueOf(minor, digits).toPlainString();
    }
}
