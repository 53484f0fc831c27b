package io.peerlend.lending.ledger.domain;

import static io.peerlend.lending.ledger.domain.Postings.AWAITING_DISBURSEMENT;
import static io.peerlend.lending.ledger.domain.Postings.BANK;
import static io.peerlend.lending.ledger.domain.Postings.IN_TRANSIT;
import static io.peerlend.lending.ledger.domain.Postings.lenderCash;

import io.peerlend.lending.api.LoanPartShare;
import io.peerlend.lending.api.PartPayment;
import io.peerlend.lending.api.events.DefaultCovered;
import io.peerlend.lending.api.events.LoanCancelled;
import io.peerlend.lending.api.events.LoanDisbursed;
import io.peerlend.lending.api.events.LoanFeesEarned;
import io.peerlend.lending.api.events.LoanOpened;
import io.peerlend.lending.api.events.LoanRepaymentReceived;
import io.peerlend.lending.api.events.LoanWithdrawn;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The postings of a loan's money events. Besides the cash accounts: {@code fees-unearned} (an origination fee during
 * the cooling-off period), {@code fee-income} (the platform's), {@code provision-fund}, and the pair that records who
 * owes whom: {@code borrower-loan:<loan>} (the principal a borrower owes) against {@code lender-receivable:<lender>}
 * (the principal owed to each lender). A part's principal moves from receivable to lender cash as it is repaid.
 */
final class LoanPostings {

    static final String FEES_UNEARNED = "fees-unearned";
    static final String FEE_INCOME = "fee-income";
    static final String PROVISION_FUND = "provision-fund";

    private LoanPostings() {}

    static String borrowerLoan(String loanId) {
        return "borrower-loan:" + loanId;
    }

    static String lenderReceivable(String lenderId) {
        return "lender-receivable:" + lenderId;
    }

    static Optional<JournalEntry> of(String eventId, Object event) {
        if (event instanceof LoanOpened e) {
            JournalEntry.Builder entry = new JournalEntry.Builder()
                    .debit(AWAITING_DISBURSEMENT, e.principalMinor())
                    .credit(IN_TRANSIT, e.netDisbursementMinor())
                    .credit(FEES_UNEARNED, e.originationFeeMinor())
                    .debit(borrowerLoan(e.loanId()), e.principalMinor());
            for (LoanPartShare part : e.parts()) {
                entry.credit(lenderReceivable(part.lenderId()), part.amountMinor());
            }
            return Optional.of(entry.build(
                    eventId, e.openedAt(), "loan " + e.loanId() + " opened, payout instructed", e.currency()));
        }
        if (event instanceof LoanDisbursed e) {
            return Optional.of(new JournalEntry.Builder()
                    .debit(IN_TRANSIT, e.netAmountMinor())
                    .credit(BANK, e.netAmountMinor())
                    .build(eventId, e.disbursedAt(), "loan " + e.loanId() + " paid out", e.currency()));
        }
        if (event instanceof LoanCancelled e) {
            JournalEntry.Builder entry = new JournalEntry.Builder()
                    .debit(IN_TRANSIT, e.netDisbursementMinor())
                    .debit(FEES_UNEARNED, e.originationFeeMinor())
                    .credit(borrowerLoan(e.loanId()), e.principalMinor());
            toLenders(entry, e.refunds());
            return Optional.of(entry.build(
                    eventId, e.cancelledAt(), "loan " + e.loanId() + " cancelled: " + e.reason(), e.currency()));
        }
        if (event instanceof LoanFeesEarned e) {
            return Optional.of(new JournalEntry.Builder()
                    .debit(FEES_UNEARNED, e.platformFeeMinor() + e.provisionFeeMinor())
                    .credit(FEE_INCOME, e.platformFeeMinor())
                    .credit(PROVISION_FUND, e.provisionFeeMinor())
                    .build(eventId, e.earnedAt(), "loan " + e.loanId() + " fee earned", e.currency()));
        }
        if (event instanceof LoanRepaymentReceived e) {
            JournalEntry.Builder entry = new JournalEntry.Builder()
                    .debit(BANK, e.amountMinor())
                    .credit(FEE_INCOME, e.feesMinor() + e.servicingFeeMinor())
                    .credit(PROVISION_FUND, e.toProvisionFundMinor())
                    .credit(borrowerLoan(e.loanId()), e.principalMinor());
            toLenders(entry, e.distributions());
            return Optional.of(entry.build(
                    eventId,
                    e.receivedAt(),
                    "loan " + e.loanId() + " " + e.kind().toLowerCase(Locale.ROOT) + " receipt " + e.receiptNo(),
                    e.currency()));
        }
        if (event instanceof DefaultCovered e) {
            JournalEntry.Builder entry = new JournalEntry.Builder()
                    .debit(PROVISION_FUND, e.amountMinor())
                    .credit(borrowerLoan(e.loanId()), e.principalMinor());
            toLenders(entry, e.distributions());
            return Optional.of(entry.build(
                    eventId,
                    e.coveredAt(),
                    "loan " + e.loanId() + " covered by the " + "provision fund",
                    e.currency()));
        }
        if (event instanceof LoanWithdrawn e) {
            JournalEntry.Builder entry = new JournalEntry.Builder()
                    .debit(BANK, e.amountMinor())
                    .debit(FEES_UNEARNED, e.originationFeeRefundMinor())
                    .credit(FEE_INCOME, e.servicingFeeMinor())
                    .credit(borrowerLoan(e.loanId()), e.principalMinor());
            toLenders(entry, e.distributions());
            return Optional.of(entry.build(
                    eventId,
                    e.withdrawnAt(),
                    "loan " + e.loanId() + " withdrawn in the " + "cooling-off period",
                    e.currency()));
        }
        return Optional.empty();
    }

    /** Each lender's cash gets their principal and interest; their receivable falls by the principal. */
    private static void toLenders(JournalEntry.Builder entry, List<PartPayment> payments) {
        for (PartPayment p : payments) {
            entry.credit(lenderCash(p.lenderId()), p.principalMinor() + p.interestMinor())
                    .debit(lenderReceivable(p.lenderId()), p.principalMinor());
        }
    }
}
