package io.peerlend.lending.quotes.domain;

import io.peerlend.lending.api.LoanPartShare;
import io.peerlend.lending.markets.domain.Allocation;
import io.peerlend.lending.schedules.domain.Fee;
import io.peerlend.lending.schedules.domain.RepaymentSchedule;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A loan offer to a borrower: the rate the market's offers would fund it at (amount-weighted, Zopa), the platform's
 * fee, the whole schedule from the same code as every real loan, and the pre-contract information; valid for a stated
 * time, after which acceptance must quote again.
 */
public record Quote(
        String grade,
        BigDecimal ratePercent,
        long principal,
        long fee,
        RepaymentSchedule schedule,
        PreContractInformation information,
        Instant validUntil) {

    public static final String CREDITOR = "The lenders matched through Peerlend (Peerlend acts as the platform)";

    public static Quote of(
            String grade,
            long principal,
            int termMonths,
            Allocation allocation,
            FeePolicy fees,
            PreContractTerms terms,
            LocalDate firstDueDate,
            String currency,
            Instant now,
            Duration validFor) {
        if (!allocation.complete() || allocation.requested() != principal) {
            throw new IllegalArgumentException("a quote needs a complete allocation of the principal");
        }
        return describe(
                grade,
                principal,
                termMonths,
                allocation.rate(),
                parts(allocation),
                fees.originationFee(grade, principal),
                terms,
                firstDueDate,
                currency,
                now.plus(validFor));
    }

    /** The parts a quote is priced from: each lender's amount at their offer's rate. */
    public static List<LoanPartShare> parts(Allocation allocation) {
        return allocation.parts().stream()
                .map(p -> new LoanPartShare(p.lenderId(), p.offerId(), p.amount(), p.rateBps()))
                .toList();
    }

    /**
     * The quote's schedule and information from its recorded terms (they determine everything else): the sum of the
     * parts' schedules, each at its lender's rate, as the loan will be (one schedule at the weighted rate for a quote
     * recorded without its parts); the APR from those cash flows.
     */
    public static Quote describe(
            String grade,
            long principal,
            int termMonths,
            BigDecimal rate,
            List<LoanPartShare> parts,
            long fee,
            PreContractTerms terms,
            LocalDate firstDueDate,
            String currency,
            Instant validUntil) {
        List<Fee> fees = List.of(new Fee("origination", fee, Fee.Charged.AT_DISBURSEMENT));
        RepaymentSchedule schedule = parts == null || parts.isEmpty()
                ? RepaymentSchedule.of(principal, rate, termMonths, firstDueDate, fees)
                : RepaymentSchedule.sumOf(
                        parts.stream()
                                .map(p -> RepaymentSchedule.of(
                                        p.amountMinor(),
                                        p.rateBps() == null ? rate : BigDecimal.valueOf(p.rateBps(), 2),
                                        termMonths,
                                        firstDueDate,
                                        List.of()))
                                .toList(),
                        rate,
                        fees);
        long regular = schedule.monthlyPayment();
        long last = schedule.instalments().get(termMonths - 1).total();
        PreContractInformation info = new PreContractInformation(
                CREDITOR,
                "Fixed-sum unsecured personal loan",
                currency,
                principal,
                schedule.amountPaidOut(),
                termMonths,
                termMonths,
                regular,
                last,
                schedule.totalRepayable(),
                rate,
                schedule.apr(),
                fee,
                schedule.totalInterest() + fee,
                List.of(terms.missedPayments(), terms.defaultRule()),
                terms.withdrawal(),
                terms.earlyRepayment(),
                validUntil);
        return new Quote(grade, rate, principal, fee, schedule, info, validUntil);
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(validUntil);
    }
}
