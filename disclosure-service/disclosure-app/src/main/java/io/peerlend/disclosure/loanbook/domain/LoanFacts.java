package io.peerlend.disclosure.loanbook.domain;

import io.peerlend.lending.api.ScheduledInstalment;
import io.peerlend.lending.api.events.DefaultCovered;
import io.peerlend.lending.api.events.LoanArrearsChanged;
import io.peerlend.lending.api.events.LoanCancelled;
import io.peerlend.lending.api.events.LoanDefaulted;
import io.peerlend.lending.api.events.LoanDisbursed;
import io.peerlend.lending.api.events.LoanOpened;
import io.peerlend.lending.api.events.LoanRepaid;
import io.peerlend.lending.api.events.LoanRepaymentReceived;
import io.peerlend.lending.api.events.LoanWithdrawn;
import java.time.LocalDate;

/**
 * How each lending event changes a loan's fact: pure functions, shared by the projection and by any replay, so a
 * figure rebuilt from the events agrees with the published one. The borrower's outstanding principal falls with what
 * they repay or what is recovered from them, not with what the provision fund pays lenders (the borrower still owes it,
 * to the fund).
 */
public final class LoanFacts {

    private LoanFacts() {}

    /**
     * The loan an event is about, if it changes a loan's fact after its opening ({@link #apply}); null otherwise.
     */
    public static String loanIdOf(Object event) {
        if (event instanceof LoanDisbursed e) {
            return e.loanId();
        } else if (event instanceof LoanRepaymentReceived e) {
            return e.loanId();
        } else if (event instanceof LoanArrearsChanged e) {
            return e.loanId();
        } else if (event instanceof LoanDefaulted e) {
            return e.loanId();
        } else if (event instanceof DefaultCovered e) {
            return e.loanId();
        } else if (event instanceof LoanRepaid e) {
            return e.loanId();
        } else if (event instanceof LoanWithdrawn e) {
            return e.loanId();
        } else if (event instanceof LoanCancelled e) {
            return e.loanId();
        }
        return null;
    }

    /**
     * The fact after one of the loan's events (the one routing every reader shares: the loan book, a replay as of a
     * date, a benchmark); an event already applied (its sequence number not above the fact's version) changes nothing.
     */
    public static LoanFact apply(LoanFact f, Object event, long version) {
        if (f.version() >= version) {
            return f;
        }
        if (event instanceof LoanDisbursed e) {
            return disbursed(f, e, version);
        } else if (event instanceof LoanRepaymentReceived e) {
            return received(f, e, version);
        } else if (event instanceof LoanArrearsChanged e) {
            return arrears(f, e, version);
        } else if (event instanceof LoanDefaulted e) {
            return defaulted(f, e, version);
        } else if (event instanceof DefaultCovered e) {
            return covered(f, e, version);
        } else if (event instanceof LoanRepaid e) {
            return repaid(f, e, version);
        } else if (event instanceof LoanWithdrawn e) {
            return withdrawn(f, e, version);
        } else if (event instanceof LoanCancelled e) {
            return cancelled(f, e, version);
        }
        return f;
    }

    public static LoanFact opened(LoanOpened e, long version) {
        return new LoanFact(
                e.loanId(),
                e.borrowerId(),
                e.grade(),
                e.pd(),
                e.termMonths(),
                e.currency(),
                e.principalMinor(),
                e.ratePercent(),
                null,
                LoanStatus.AWAITING_DISBURSEMENT,
                e.principalMinor(),
                0,
                0,
                0,
                0,
                0,
                0,
                "CURRENT",
                null,
                0,
                0,
                null,
                version,
                null,
                null,
                0);
    }

    /** What the application said, in the terms disclosure may publish. */
    public static LoanFact described(LoanFact f, String purpose, String incomeBand) {
        return new LoanFact(
                f.loanId(),
                f.borrowerKey(),
                f.grade(),
                f.pd(),
                f.termMonths(),
                f.currency(),
                f.principalMinor(),
                f.ratePercent(),
                f.issuedOn(),
                f.status(),
                f.outstandingPrincipalMinor(),
                f.principalRepaidMinor(),
                f.interestPaidMinor(),
                f.interestRemainingMinor(),
                f.lateFeesPaidMinor(),
                f.overdueMinor(),
                f.daysPastDue(),
                f.arrearsBucket(),
                f.defaultedOn(),
                f.coveredByFundMinor(),
                f.recoveredMinor(),
                f.closedOn(),
                f.version(),
                purpose,
                incomeBand,
                f.fundReimbursedMinor());
    }

    public static LoanFact disbursed(LoanFact f, LoanDisbursed e, long version) {
        return new LoanFact(
                f.loanId(),
                f.borrowerKey(),
                f.grade(),
                f.pd(),
                f.termMonths(),
                f.currency(),
                f.principalMinor(),
                f.ratePercent(),
                e.disbursedOn(),
                LoanStatus.ACTIVE,
                f.outstandingPrincipalMinor(),
                f.principalRepaidMinor(),
                f.interestPaidMinor(),
                e.schedule().stream()
                        .mapToLong(ScheduledInstalment::interestMinor)
                        .sum(),
                f.lateFeesPaidMinor(),
                f.overdueMinor(),
                f.daysPastDue(),
                f.arrearsBucket(),
                f.defaultedOn(),
                f.coveredByFundMinor(),
                f.recoveredMinor(),
                f.closedOn(),
                version,
                f.purpose(),
                f.incomeBand(),
                f.fundReimbursedMinor());
    }

    public static LoanFact received(LoanFact f, LoanRepaymentReceived e, long version) {
        boolean recovery = "RECOVERY".equals(e.kind());
        long principal = recovery ? e.principalMinor() + e.toProvisionFundMinor() : e.principalMinor();
        return new LoanFact(
                f.loanId(),
                f.borrowerKey(),
                f.grade(),
                f.pd(),
                f.termMonths(),
                f.currency(),
                f.principalMinor(),
                f.ratePercent(),
                f.issuedOn(),
                f.status(),
                Math.max(0, f.outstandingPrincipalMinor() - principal),
                f.principalRepaidMinor() + (recovery ? 0 : e.principalMinor()),
                f.interestPaidMinor() + (recovery ? 0 : e.interestMinor()),
                remainingAfter(f, e),
                f.lateFeesPaidMinor() + (recovery ? 0 : e.feesMinor()),
                f.overdueMinor(),
                f.daysPastDue(),
                f.arrearsBucket(),
                f.defaultedOn(),
                f.coveredByFundMinor(),
                f.recoveredMinor() + (recovery ? e.amountMinor() : 0),
                f.closedOn(),
                version,
                f.purpose(),
                f.incomeBand(),
                f.fundReimbursedMinor() + (recovery ? e.toProvisionFundMinor() : 0));
    }

    /**
     * The schedule's interest still to come: less what this receipt paid of instalments' interest (interest accrued on
     * principal repaid early is not in the schedule); an early repayment re-agrees the rest of the schedule.
     */
    private static long remainingAfter(LoanFact f, LoanRepaymentReceived e) {
        if ("RECOVERY".equals(e.kind())) {
            return f.interestRemainingMinor();
        }
        if (e.rescheduled() != null) {
            return e.rescheduled().stream()
                    .mapToLong(ScheduledInstalment::interestMinor)
                    .sum();
        }
        return Math.max(0, f.interestRemainingMinor() - (e.interestMinor() - e.accruedInterestMinor()));
    }

    public static LoanFact arrears(LoanFact f, LoanArrearsChanged e, long version) {
        return new LoanFact(
                f.loanId(),
                f.borrowerKey(),
                f.grade(),
                f.pd(),
                f.termMonths(),
                f.currency(),
                f.principalMinor(),
                f.ratePercent(),
                f.issuedOn(),
                f.status(),
                f.outstandingPrincipalMinor(),
                f.principalRepaidMinor(),
                f.interestPaidMinor(),
                f.interestRemainingMinor(),
                f.lateFeesPaidMinor(),
                e.overdueMinor(),
                e.daysPastDue(),
                e.bucket(),
                f.defaultedOn(),
                f.coveredByFundMinor(),
                f.recoveredMinor(),
                f.closedOn(),
                version,
                f.purpose(),
                f.incomeBand(),
                f.fundReimbursedMinor());
    }

    public static LoanFact defaulted(LoanFact f, LoanDefaulted e, long version) {
        return new LoanFact(
                f.loanId(),
                f.borrowerKey(),
                f.grade(),
                f.pd(),
                f.termMonths(),
                f.currency(),
                f.principalMinor(),
                f.ratePercent(),
                f.issuedOn(),
                LoanStatus.DEFAULTED,
                f.outstandingPrincipalMinor(),
                f.principalRepaidMinor(),
                f.interestPaidMinor(),
                0,
                f.lateFeesPaidMinor(),
                f.overdueMinor(),
                f.daysPastDue(),
                f.arrearsBucket(),
                e.defaultedOn(),
                f.coveredByFundMinor(),
                f.recoveredMinor(),
                f.closedOn(),
                version,
                f.purpose(),
                f.incomeBand(),
                f.fundReimbursedMinor());
    }

    public static LoanFact covered(LoanFact f, DefaultCovered e, long version) {
        return new LoanFact(
                f.loanId(),
                f.borrowerKey(),
                f.grade(),
                f.pd(),
                f.termMonths(),
                f.currency(),
                f.principalMinor(),
                f.ratePercent(),
                f.issuedOn(),
                f.status(),
                f.outstandingPrincipalMinor(),
                f.principalRepaidMinor(),
                f.interestPaidMinor(),
                f.interestRemainingMinor(),
                f.lateFeesPaidMinor(),
                f.overdueMinor(),
                f.daysPastDue(),
                f.arrearsBucket(),
                f.defaultedOn(),
                f.coveredByFundMinor() + e.amountMinor(),
                f.recoveredMinor(),
                f.closedOn(),
                version,
                f.purpose(),
                f.incomeBand(),
                f.fundReimbursedMinor());
    }

    public static LoanFact repaid(LoanFact f, LoanRepaid e, long version) {
        return closed(f, LoanStatus.REPAID, e.repaidOn(), 0, 0, version);
    }

    public static LoanFact withdrawn(LoanFact f, LoanWithdrawn e, long version) {
        return closed(f, LoanStatus.WITHDRAWN, e.withdrawnOn(), e.principalMinor(), e.interestMinor(), version);
    }

    public static LoanFact cancelled(LoanFact f, LoanCancelled e, long version) {
        return closed(f, LoanStatus.CANCELLED, null, 0, 0, version);
    }

    private static LoanFact closed(
            LoanFact f, LoanStatus status, LocalDate on, long principalBack, long interest, long version) {
        return new LoanFact(
                f.loanId(),
                f.borrowerKey(),
                f.grade(),
                f.pd(),
                f.termMonths(),
                f.currency(),
                f.principalMinor(),
                f.ratePercent(),
                f.issuedOn(),
                status,
                0,
                f.principalRepaidMinor() + principalBack,
                f.interestPaidMinor() + interest,
                0,
                f.lateFeesPaidMinor(),
                0,
                0,
                "CURRENT",
                f.defaultedOn(),
                f.coveredByFundMinor(),
                f.recoveredMinor(),
                on,
                version,
                f.purpose(),
                f.incomeBand(),
                f.fundReimbursedMinor());
    }
}
