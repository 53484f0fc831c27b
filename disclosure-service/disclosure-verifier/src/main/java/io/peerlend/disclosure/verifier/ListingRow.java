package io.peerlend.disclosure.verifier;

import java.time.LocalDate;
import org.apache.commons.csv.CSVRecord;

/** One secondary-market listing at a month's end, as the month's {@code listings.csv} publishes it. */
record ListingRow(
        String id,
        LocalDate listedOn,
        LocalDate withdrawnOn,
        LocalDate soldOn,
        long principal,
        long premium,
        long price) {

    static ListingRow of(CSVRecord r, int digits) {
        return new ListingRow(
                r.get("id"),
                day(r.get("listed_on")),
                day(r.get("withdrawn_on")),
                day(r.get("sold_on")),
                LoanRow.minor(r.get("principal"), digits),
                LoanRow.minor(r.get("premium"), digits),
                LoanRow.minor(r.get("price"), digits));
    }

    private static LocalDate day(String text) {
        return text.isEmpty() ? null : LocalDate.parse(text);
    }
}
