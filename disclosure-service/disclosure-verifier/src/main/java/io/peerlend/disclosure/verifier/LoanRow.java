package io.peerlend.disclosure.verifier;

import java.math.BigDecimal;
import java.util.Currency;
import org.apache.commons.csv.CSVRecord;

/** One loan's state at a month's end, as the month's {@code loans.csv} publishes it; amounts in minor units. */
record LoanRow(
        String id,
        String issueMonth,
        String grade,
        int termMonths,
        BigDecimal ratePercent,
        long amount,
        String currency,
        BigDecimal pd,
        String status,
        long outstanding,
        long interestPaid,
        long interestRemaining,
        int daysPastDue,
        String arrears,
        String defaultMonth,
        long coveredByFund,
        long reimbursedToFund,
        String closedMonth) {

    static LoanRow of(CSVRecord r) {
        String currency = r.get("currency");
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        return new LoanRow(
                r.get("id"),
                r.get("issue_month"),
                r.get("grade"),
                Integer.parseInt(r.get("term_months")),
                new BigDecimal(r.get("interest_rate")),
                minor(r.get("amount"), digits),
                currency,
                new BigDecimal(r.get("pd")),
                r.get("status"),
                minor(r.get("outstanding_principal"), digits),
                minor(r.get("interest_paid"), digits),
                minor(r.get("interest_remaining"), digits),
                Integer.parseInt(r.get("days_past_due")),
                r.get("arrears"),
                r.get("default_month"),
                minor(r.get("covered_by_provision_fund"), digits),
                minor(r.get("reimbursed_to_provision_fund"), digits),
                r.get("closed_month"));
    }

    boolean defaulted() {
        return status.equals("DEFAULTED");
    }

    boolean active() {
        return status.equals("ACTIVE");
    }

    /** The borrower still owes it: being repaid or in default, with principal outstanding. */
    boolean outstandingLoan() {
        return (active() || defaulted()) && outstanding > 0;
    }

    /** What lenders have lost on it: principal still owed less the fund's payments net of what it got back. */
    long lendersLoss() {
        return defaulted() ? Math.max(0, outstanding - (coveredByFund - reimbursedToFund)) : 0;
    }

    static long minor(String amount, int digits) {
        return new BigDecimal(amount).movePointRight(digits).longValueExact();
    }
}
