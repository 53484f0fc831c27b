package io.peerlend.kyc.aml.domain;

import io.peerlend.kyc.api.AmlAlert;
import java.time.Instant;

/**
 * Money moving for one customer, as monitoring sees it: minor units of one currency. A borrower's movements name their
 * loan ({@code loanId}; null for a lender's, and in movements kept before borrowers were monitored). {@code thirdParty}:
 * money in from an account in someone else's name (null when nobody could tell, and in movements kept before).
 */
public record MoneyMovement(
        String id, Kind kind, long amountMinor, String currency, Instant at, String loanId, Boolean thirdParty) {

    public enum Kind {
        /** A lender's money in. */
        DEPOSIT,
        WITHDRAWAL,
        LENT,
        /** A loan paid out to its borrower. */
        BORROWED,
        /** A borrower's payment that leaves the loan open (an instalment, a part repayment, a recovery). */
        REPAID,
        /** A borrower's payment of everything still owed, ahead of the schedule. */
        PAID_OFF
    }

    /** A lender's movement. */
    public MoneyMovement(String id, Kind kind, long amountMinor, String currency, Instant at) {
        this(id, kind, amountMinor, currency, at, null, null);
    }

    /** A borrower's movement. */
    public MoneyMovement(String id, Kind kind, long amountMinor, String currency, Instant at, String loanId) {
        this(id, kind, amountMinor, currency, at, loanId, null);
    }

    /** Whether the money came in from an account in someone else's name. */
    public boolean fromThirdParty() {
        return Boolean.TRUE.equals(thirdParty);
    }

    /** Money coming in to the platform from the customer: a deposit or a borrower's payment. */
    public boolean moneyIn() {
        return kind == Kind.DEPOSIT || kind == Kind.REPAID || kind == Kind.PAID_OFF;
    }

    AmlAlert.Evidence evidence() {
        return new AmlAlert.Evidence(id, kind.name(), amountMinor, currency, at);
    }
}
