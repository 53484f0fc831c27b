package io.peerlend.lending.loans.domain;

import io.peerlend.lending.api.InstalmentPayment;
import io.peerlend.lending.api.LoanPartShare;
import io.peerlend.lending.api.PartInstalmentPayment;
import io.peerlend.lending.api.PartSchedule;
import io.peerlend.lending.api.ScheduledInstalment;
import io.peerlend.lending.product.LargestRemainder;
import io.peerlend.lending.schedules.domain.RepaymentSchedule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Each loan part's own schedule at its lender's rate, with what has been paid of each of its instalments: every
 * lender earns the rate they offered (Zopa's promise). The borrower's schedule is the sum of the parts' schedules;
 * whatever is paid of an instalment is shared among the parts by what each still has unpaid of it (largest-remainder
 * cents, so a part never gets more than its own instalment holds and a whole instalment gives each part exactly its
 * own). Queries are pure; only the loan's event-sourcing handlers call the mutators, with what its events carry.
 */
final class PartBook {

    static final class Line {
        final int number;
        final LocalDate dueDate;
        final long principal;
        final long interest;
        long paidInterest;
        long paidPrincipal;

        Line(ScheduledInstalment s) {
            number = s.number();
            dueDate = s.dueDate();
            principal = s.principalMinor();
            interest = s.interestMinor();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Line l
                    && l.number == number
                    && l.dueDate.equals(dueDate)
                    && l.principal == principal
                    && l.interest == interest
                    && l.paidInterest == paidInterest
                    && l.paidPrincipal == paidPrincipal;
        }

        @Override
        public int hashCode() {
            return Objects.hash(number, dueDate, principal, interest, paidInterest, paidPrincipal);
        }
    }

    private final List<String> lenders = new ArrayList<>();
    private final List<BigDecimal> rates = new ArrayList<>();
    private final List<List<Line>> lines = new ArrayList<>();

    /** Each part's schedule at its own rate (the loan's rate for a part without one), from the same code as all. */
    static List<PartSchedule> agree(
            List<LoanPartShare> shares, BigDecimal loanRate, int termMonths, LocalDate firstDue) {
        List<PartSchedule> result = new ArrayList<>(shares.size());
        for (LoanPartShare share : shares) {
            BigDecimal rate = share.rateBps() == null ? loanRate : BigDecimal.valueOf(share.rateBps(), 2);
            result.add(new PartSchedule(
                    share.lenderId(),
                    rate,
                    instalments(RepaymentSchedule.of(share.amountMinor(), rate, termMonths, firstDue, List.of()))));
        }
        return result;
    }

    /**
     * A loan agreed before parts had schedules of their own: its one schedule shared among the parts in proportion to
     * their amounts (as its receipts were), every part at the loan's rate.
     */
    static List<PartSchedule> upcast(
            List<String> lenders, long[] amounts, BigDecimal rate, List<ScheduledInstalment> schedule) {
        List<List<ScheduledInstalment>> split = new ArrayList<>();
        lenders.forEach(l -> split.add(new ArrayList<>()));
        for (ScheduledInstalment s : schedule) {
            long[] principal = LargestRemainder.split(s.principalMinor(), amounts);
            long[] interest = LargestRemainder.split(s.interestMinor(), amounts);
            for (int k = 0; k < lenders.size(); k++) {
                split.get(k).add(new ScheduledInstalment(s.number(), s.dueDate(), principal[k], interest[k]));
            }
        }
        List<PartSchedule> result = new ArrayList<>();
        for (int k = 0; k < lenders.size(); k++) {
            result.add(new PartSchedule(lenders.get(k), rate, split.get(k)));
        }
        return result;
    }

    /** The borrower's schedule: the parts' instalments summed, number by number (exact: each part's are cents). */
    static List<ScheduledInstalment> sum(List<PartSchedule> parts) {
        Map<Integer, ScheduledInstalment> byNumber = new TreeMap<>();
        for (PartSchedule part : parts) {
            for (ScheduledInstalment s : part.instalments()) {
                byNumber.merge(
                        s.number(),
                        s,
                        (a, b) -> new ScheduledInstalment(
                                a.number(),
                                a.dueDate(),
                                a.principalMinor() + b.principalMinor(),
                                a.interestMinor() + b.interestMinor()));
            }
        }
        return List.copyOf(byNumber.values());
    }

    private static List<ScheduledInstalment> instalments(RepaymentSchedule schedule) {
        return schedule.instalments().stream()
                .map(i -> new ScheduledInstalment(i.number(), i.dueDate(), i.principal(), i.interest()))
                .toList();
    }

    void agree(List<PartSchedule> parts) {
        lenders.clear();
        rates.clear();
        lines.clear();
        for (PartSchedule part : parts) {
            lenders.add(part.lenderId());
            rates.add(part.ratePercent());
            lines.add(new ArrayList<>(part.instalments().stream().map(Line::new).toList()));
        }
    }

    boolean agreed() {
        return !lines.isEmpty();
    }

    /** Replaces every part's instalments due after {@code asOf} with its re-agreed ones. */
    void replaceAfter(LocalDate asOf, List<PartSchedule> parts) {
        for (int k = 0; k < lines.size(); k++) {
            lines.get(k).removeIf(l -> l.dueDate.isAfter(asOf));
            List<Line> part = lines.get(k);
            parts.get(k).instalments().forEach(s -> part.add(new Line(s)));
        }
    }

    /** The parts' new owner (a secondary-market sale): their schedules are unchanged. */
    void transfer(List<Integer> parts, String to) {
        parts.forEach(k -> lenders.set(k, to));
    }

    void pay(PartInstalmentPayment p) {
        Line line = line(p.part(), p.number());
        line.paidInterest += p.interestMinor();
        line.paidPrincipal += p.principalMinor();
    }

    BigDecimal rate(int part) {
        return rates.get(part);
    }

    int size() {
        return lines.size();
    }

    private Line line(int part, int number) {
        return lines.get(part).stream()
                .filter(l -> l.number == number)
                .findFirst()
                .orElseThrow();
    }

    /** What a payment of one instalment gives each part: by what each still has unpaid of that instalment. */
    List<PartInstalmentPayment> split(InstalmentPayment payment) {
        long[] unpaidInterest = new long[lines.size()];
        long[] unpaidPrincipal = new long[lines.size()];
        for (int k = 0; k < lines.size(); k++) {
            Line line = line(k, payment.number());
            unpaidInterest[k] = line.interest - line.paidInterest;
            unpaidPrincipal[k] = line.principal - line.paidPrincipal;
        }
        long[] interest = LargestRemainder.split(payment.interestMinor(), unpaidInterest);
        long[] principal = LargestRemainder.split(payment.principalMinor(), unpaidPrincipal);
        List<PartInstalmentPayment> result = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            if (interest[k] != 0 || principal[k] != 0) {
                result.add(new PartInstalmentPayment(k, payment.number(), interest[k], principal[k]));
            }
        }
        return result;
    }

    /** Each part's principal in instalments falling due after the date, not yet paid. */
    long[] principalNotDue(LocalDate asOf) {
        long[] result = new long[lines.size()];
        for (int k = 0; k < lines.size(); k++) {
            for (Line line : lines.get(k)) {
                if (line.dueDate.isAfter(asOf)) {
                    result[k] += line.principal - line.paidPrincipal;
                }
            }
        }
        return result;
    }

    /**
     * Interest each part has accrued in the current period and not been paid: by the day at its own rate on its
     * principal not yet due, never more than its next instalment's agreed interest, less what has been paid of that.
     */
    long[] accruedUnpaid(LocalDate asOf, LocalDate interestFrom) {
        long[] notDue = principalNotDue(asOf);
        long[] result = new long[lines.size()];
        for (int k = 0; k < lines.size(); k++) {
            Line next = lines.get(k).stream()
                    .filter(l -> l.dueDate.isAfter(asOf))
                    .findFirst()
                    .orElse(null);
            if (next != null) {
                long byTheDay = DailyInterest.on(notDue[k], rates.get(k), interestFrom, asOf);
                result[k] = Math.max(0, Math.min(byTheDay, next.interest) - next.paidInterest);
            }
        }
        return result;
    }

    /** Each part's interest in instalments due by the date and not paid (what a default leaves owing). */
    long[] interestDue(LocalDate asOf) {
        long[] result = new long[lines.size()];
        for (int k = 0; k < lines.size(); k++) {
            for (Line line : lines.get(k)) {
                if (!line.dueDate.isAfter(asOf)) {
                    result[k] += line.interest - line.paidInterest;
                }
            }
        }
        return result;
    }

    /** Interest each part earns for holding {@code amounts} for the days (the cooling-off withdrawal). */
    long[] interestForDays(long[] amounts, LocalDate from, LocalDate to) {
        long[] result = new long[lines.size()];
        for (int k = 0; k < lines.size(); k++) {
            result[k] = DailyInterest.on(amounts[k], rates.get(k), from, to);
        }
        return result;
    }

    /**
     * Each part's instalments after {@code asOf} re-agreed for its new balance at its own rate: equal instalments over
     * the same dates; the first one's interest by the day from {@code asOf}, unless {@code asOf} starts a period.
     */
    List<PartSchedule> reagree(long[] balances, LocalDate asOf, boolean periodStart) {
        List<PartSchedule> result = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            List<Line> future =
                    lines.get(k).stream().filter(l -> l.dueDate.isAfter(asOf)).toList();
            List<ScheduledInstalment> again = new ArrayList<>();
            if (!future.isEmpty() && balances[k] > 0) {
                Line first = future.get(0);
                RepaymentSchedule fresh =
                        RepaymentSchedule.of(balances[k], rates.get(k), future.size(), first.dueDate, List.of());
                for (var i : fresh.instalments()) {
                    long interest = i.number() == 1 && !periodStart
                            ? DailyInterest.on(balances[k], rates.get(k), asOf, first.dueDate)
                            : i.interest();
                    again.add(new ScheduledInstalment(
                            first.number + i.number() - 1,
                            future.get(i.number() - 1).dueDate,
                            i.principal(),
                            interest));
                }
            } else {
                // nothing left of this part: its remaining instalments are empty
                future.forEach(l -> again.add(new ScheduledInstalment(l.number, l.dueDate, 0, 0)));
            }
            result.add(new PartSchedule(lenders.get(k), rates.get(k), again));
        }
        return result;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartBook b && b.lenders.equals(lenders) && b.rates.equals(rates) && b.lines.equals(lines);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lenders, rates, lines);
    }
}
