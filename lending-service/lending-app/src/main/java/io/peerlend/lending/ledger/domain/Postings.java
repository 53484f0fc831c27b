package io.peerlend.lending.ledger.domain;

import io.peerlend.lending.api.events.LenderFundsDeposited;
import io.peerlend.lending.api.events.LenderFundsLent;
import io.peerlend.lending.api.events.LenderFundsWithdrawn;
import io.peerlend.lending.api.events.LoanPartBought;
import io.peerlend.lending.api.events.LoanPartSold;
import io.peerlend.lending.api.events.LoanPartTransferred;
import io.peerlend.lending.api.events.WithdrawalFailed;
import io.peerlend.lending.api.events.WithdrawalRequested;
import java.util.Optional;

/**
 * Which accounts each money event moves. The chart of accounts: {@code client-money-bank} (asset: the segregated
 * bank account holding customers' money), {@code lender-cash:<id>} (liability: what the platform owes each lender),
 * {@code payments-in-transit} (liability: withdrawals instructed but not yet paid out),
 * {@code loans-awaiting-disbursement} (liability: lenders' money in funded loans, owed to their borrowers until paid
 * out); loans' accounts are in {@link LoanPostings}. Events that move no money (a deposit merely requested) post
 * nothing.
 */
public final class Postings {

    public static final String BANK = "client-money-bank";
    public static final String IN_TRANSIT = "payments-in-transit";
    public static final String AWAITING_DISBURSEMENT = "loans-awaiting-disbursement";
    public static final String FEES_UNEARNED = LoanPostings.FEES_UNEARNED;
    public static final String FEE_INCOME = LoanPostings.FEE_INCOME;
    public static final String PROVISION_FUND = LoanPostings.PROVISION_FUND;
    /** Liability: a secondary-market price paid by the buyer and not yet credited to the seller (zero once settled). */
    public static final String SECONDARY_SETTLEMENT = "secondary-market-settlement";

    private Postings() {}

    public static String lenderCash(String lenderId) {
        return "lender-cash:" + lenderId;
    }

    public static Optional<JournalEntry> of(String eventId, Object event) {
        if (event instanceof LenderFundsDeposited e) {
            return Optional.of(JournalEntry.of(
                    eventId,
                    e.depositedAt(),
                    "deposit " + e.paymentId(),
                    e.currency(),
                    BANK,
                    lenderCash(e.lenderId()),
                    e.amountMinor()));
        }
        if (event instanceof WithdrawalRequested e) {
            return Optional.of(JournalEntry.of(
                    eventId,
                    e.requestedAt(),
                    "withdrawal " + e.withdrawalId(),
                    e.currency(),
                    lenderCash(e.lenderId()),
                    IN_TRANSIT,
                    e.amountMinor()));
        }
        if (event instanceof LenderFundsWithdrawn e) {
            return Optional.of(JournalEntry.of(
                    eventId,
                    e.withdrawnAt(),
                    "payout " + e.paymentId(),
                    e.currency(),
                    IN_TRANSIT,
                    BANK,
                    e.amountMinor()));
        }
        if (event instanceof LoanPartBought e) {
            return Optional.of(JournalEntry.of(
                    eventId,
                    e.boughtAt(),
                    "bought a part of " + e.loanId(),
                    e.currency(),
                    lenderCash(e.lenderId()),
                    SECONDARY_SETTLEMENT,
                    e.priceMinor()));
        }
        if (event instanceof LoanPartSold e) {
            return Optional.of(new JournalEntry.Builder()
                    .debit(SECONDARY_SETTLEMENT, e.priceMinor())
                    .credit(lenderCash(e.lenderId()), e.priceMinor() - e.feeMinor())
                    .credit(FEE_INCOME, e.feeMinor())
                    .build(eventId, e.soldAt(), "sold a part of " + e.loanId(), e.currency()));
        }
        if (event instanceof LoanPartTransferred e) {
            // what the borrower owes is now owed to the buyer
            return Optional.of(JournalEntry.of(
                    eventId,
                    e.transferredAt(),
                    "part of " + e.loanId() + " transferred",
                    e.currency(),
                    LoanPostings.lenderReceivable(e.sellerId()),
                    LoanPostings.lenderReceivable(e.buyerId()),
                    e.principalMinor()));
        }
        if (event instanceof LenderFundsLent e) {
            return Optional.of(JournalEntry.of(
                    eventId,
                    e.lentAt(),
                    "lent to " + e.loanId(),
                    e.currency(),
                    lenderCash(e.lenderId()),
                    AWAITING_DISBURSEMENT,
                    e.amountMinor()));
        }
        if (event instanceof WithdrawalFailed e) {
            return Optional.of(JournalEntry.of(
                    eventId,
                    e.failedAt(),
                    "payout returned " + e.withdrawalId(),
                    e.currency(),
                    IN_TRANSIT,
                    lenderCash(e.lenderId()),
                    e.amountMinor()));
        }
        return LoanPostings.of(eventId, event);
    }
}
