package io.peerlend.disclosure.loanbook.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What disclosure needs to know about one loan, and nothing that identifies a person: the borrower appears only as the
 * platform's pseudonymous key (to count borrowers and measure concentration; never published). Amounts in minor units.
 *
 * @param issuedOn the business date the money was paid out (null until then): the loan's date of issue
 * @param interestRemainingMinor the contractual interest on the instalments not yet paid, while the loan is repaid
 *                               (after a default, what is owed is in the overdue figures)
 * @param version  the last applied event's sequence number in the loan's stream, so redelivery changes nothing
 * @param purpose    the purpose the borrower gave
 * @param incomeBand the borrower's declared annual net income as a band ({@code io.peerlend.lending.api.IncomeBands}), never the amount
 * @param fundReimbursedMinor what recoveries after a default paid back to the provision fund (the rest of a recovery
 *                            went to the lenders)
 */
public record LoanFact(
        String loanId,
        String borrowerKey,
        String grade,
        BigDecimal pd,
        int termMonths,
        String currency,
        long principalMinor,
        BigDecimal ratePercent,
        LocalDate issuedOn,
        LoanStatus status,
        long outstandingPrincipalMinor,
        long principalRepaidMinor,
        long interestPaidMinor,
        long interestRemainingMinor,
        long lateFeesPaidMinor,
        long overdueMinor,
        int daysPastDue,
        String arrearsBucket,
        LocalDate defaultedOn,
        long coveredByFundMinor,
        long recoveredMinor,
        LocalDate closedOn,
        long version,
        String purpose,
        String incomeBand,
        long fundReimbursedMinor) {

    /** A loan that has been paid out, so is part of the loan book (not awaiting payout, not cancelled). */
    public boolean issued() {
        return issuedOn != null && status != LoanStatus.CANCELLED;
    }

    /** Paid out and neither repaid, withdrawn nor cancelled: the borrower still owes it (defaulted loans included). */
    public boolean outstanding() {
        return issued()
                && (status == LoanStatus.ACTIVE || status == LoanStatus.DEFAULTED)
                && outstandingPrincipalMinor > 0;
    }

    /**
     * What the lenders have lost on a defaulted loan so far: the principal the borrower still owes, less what the
     * provision fund paid them net of what recoveries paid back to the fund. Zero for a loan not in default.
     */
    public long lendersLossMinor() {
        if (status != LoanStatus.DEFAULTED) {
            return 0;
        }
        return Math.max(0, outstandingPrincipalMinor - (coveredByFundMinor - fundReimbursedMinor));
    }
}
