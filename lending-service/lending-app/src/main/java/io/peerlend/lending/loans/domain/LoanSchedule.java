package io.peerlend.lending.loans.domain;

import io.peerlend.lending.api.InstalmentPayment;
import io.peerlend.lending.api.ScheduledInstalment;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A loan's instalments with what has been paid against each: the loan's working state. Queries are pure; only the
 * loan's event-sourcing handlers call the mutators, with amounts its events carry.
 */
final class LoanSchedule {

    static final class Due {
        final int number;
        final LocalDate dueDate;
        final long principal;
        final long interest;
        long lateFee;
        long paidFees;
        long paidInterest;
        long paidPrincipal;

        Due(ScheduledInstalment s) {
            this.number = s.number();
            this.dueDate = s.dueDate();
            this.principal = s.principalMinor();
            this.interest = s.interestMinor();
        }

        long unpaidFees() {
            return lateFee - paidFees;
        }

        long unpaidInterest() {
            return interest - paidInterest;
        }

        long unpaidPrincipal() {
            return principal - paidPrincipal;
        }

        long unpaid() {
            return unpaidFees() + unpaidInterest() + unpaidPrincipal();
        }

        /** Value equality, so that state rebuilt from events compares equal to state built by commands. */
        @Override
        public boolean equals(Object o) {
            return o instanceof Due d
                    && d.number == number
                    && d.dueDate.equals(dueDate)
                    && d.principal == principal
                    && d.interest == interest
                    && d.lateFee == lateFee
                    && d.paidFees == paidFees
                    && d.paidInterest == paidInterest
                    && d.paidPrincipal == paidPrincipal;
        }

        @Override
        public int hashCode() {
            return Objects.hash(number, dueDate, principal, interest, lateFee, paidFees, paidInterest, paidPrincipal);
        }
    }

    /** The result of applying an amount to what is due: per instalment, and what was left over. */
    record Waterfall(List<InstalmentPayment> applied, long fees, long interest, long principal, long left) {}

    private final List<Due> dues = new ArrayList<>();

    void agree(List<ScheduledInstalment> schedule) {
        dues.clear();
        schedule.forEach(s -> dues.add(new Due(s)));
    }

    /** Replaces every instalment due after {@code asOf} with the re-agreed ones. */
    void replaceAfter(LocalDate asOf, List<ScheduledInstalment> rescheduled) {
        dues.removeIf(d -> d.dueDate.isAfter(asOf));
        rescheduled.forEach(s -> dues.add(new Due(s)));
    }

    void pay(InstalmentPayment p) {
        Due due = byNumber(p.number());
        due.paidFees += p.feesMinor();
        due.paidInterest += p.interestMinor();
        due.paidPrincipal += p.principalMinor();
    }

    void chargeLateFee(int number, long fee) {
        byNumber(number).lateFee += fee;
    }

    private Due byNumber(int number) {
        return dues.stream().filter(d -> d.number == number).findFirst().orElseThrow();
    }

    List<ScheduledInstalment> agreed() {
        return dues.stream()
                .map(d -> new ScheduledInstalment(d.number, d.dueDate, d.principal, d.interest))
                .toList();
    }

    /** Unpaid instalments due on or before the date, oldest first. */
    List<Due> dueBy(LocalDate date) {
        return dues.stream()
                .filter(d -> !d.dueDate.isAfter(date) && d.unpaid() > 0)
                .toList();
    }

    /** Unpaid instalments whose due date has passed (a day after it is due, an instalment is missed). */
    List<Due> overdueOn(LocalDate date) {
        return dues.stream()
                .filter(d -> d.dueDate.isBefore(date) && d.unpaid() > 0)
                .toList();
    }

    int daysPastDue(LocalDate date) {
        return overdueOn(date).stream()
                .findFirst()
                .map(d -> (int) ChronoUnit.DAYS.between(d.dueDate, date))
                .orElse(0);
    }

    long principalNotDue(LocalDate date) {
        return dues.stream()
                .filter(d -> d.dueDate.isAfter(date))
                .mapToLong(Due::unpaidPrincipal)
                .sum();
    }

    long outstandingPrincipal() {
        return dues.stream().mapToLong(Due::unpaidPrincipal).sum();
    }

    boolean settled() {
        return dues.stream().allMatch(d -> d.unpaid() == 0);
    }

    /** What paying off costs on the date: what is due and unpaid, interest accrued and unpaid (the parts'), the rest. */
    Payoff payoff(LocalDate asOf, long accruedUnpaid) {
        List<Due> due = dueBy(asOf);
        return new Payoff(
                asOf,
                due.stream().mapToLong(Due::unpaidFees).sum(),
                due.stream().mapToLong(Due::unpaidInterest).sum(),
                due.stream().mapToLong(Due::unpaidPrincipal).sum(),
                accruedUnpaid,
                principalNotDue(asOf));
    }

    /** The first instalment falling due after the date: the one whose interest is accruing (or null). */
    Due nextAfter(LocalDate date) {
        return dues.stream().filter(d -> d.dueDate.isAfter(date)).findFirst().orElse(null);
    }

    /** The latest due date on or before the date: the start of the current interest period (or null). */
    LocalDate lastDueDateBy(LocalDate date) {
        LocalDate last = null;
        for (Due d : dues) {
            if (!d.dueDate.isAfter(date)) {
                last = d.dueDate;
            }
        }
        return last;
    }

    LocalDate nextDueDateAfter(LocalDate date) {
        return dues.stream()
                .map(d -> d.dueDate)
                .filter(d -> d.isAfter(date))
                .findFirst()
                .orElse(null);
    }

    /** Applies an amount to what is due by the date: oldest instalment first; late fees, interest, then principal. */
    Waterfall apply(long amount, LocalDate asOf) {
        List<InstalmentPayment> applied = new ArrayList<>();
        long left = amount;
        long fees = 0;
        long interest = 0;
        long principal = 0;
        for (Due d : dueBy(asOf)) {
            if (left == 0) {
                break;
            }
            long f = Math.min(left, d.unpaidFees());
            long i = Math.min(left - f, d.unpaidInterest());
            long p = Math.min(left - f - i, d.unpaidPrincipal());
            left -= f + i + p;
            fees += f;
            interest += i;
            principal += p;
            applied.add(new InstalmentPayment(d.number, f, i, p));
        }
        return new Waterfall(applied, fees, interest, principal, left);
    }
}
