package io.peerlend.lending.schedules.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Equal monthly instalments on the declining balance (an annuity), cent-exact: the instalment is the annuity formula
 * rounded half-even to the minor unit, each month's interest is the balance times the monthly rate (annual ÷ 12)
 * rounded half-even, the rest repays principal, and the last instalment absorbs what rounding left. This is Apache
 * Fineract's schedule for a declining-balance, equal-instalment loan with 30/360 days (see RepaymentScheduleTest).
 * Every real schedule on the platform comes from here, so a borrower sees exactly what they will pay.
 */
public record RepaymentSchedule(
        long principal, BigDecimal annualRatePercent, List<Instalment> instalments, long upfrontFees, List<Fee> fees) {

    static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final BigDecimal TWELVE_HUNDRED = BigDecimal.valueOf(1200);

    public RepaymentSchedule {
        instalments = List.copyOf(instalments);
        fees = List.copyOf(fees);
    }

    public static RepaymentSchedule of(
            long principal, BigDecimal annualRatePercent, int termMonths, LocalDate firstDueDate, List<Fee> fees) {
        if (principal <= 0 || termMonths <= 0 || annualRatePercent.signum() < 0) {
            throw new IllegalArgumentException("principal and term must be positive, the rate not negative");
        }
        BigDecimal monthlyRate = annualRatePercent.divide(TWELVE_HUNDRED, PRECISION);
        long payment = levelPayment(principal, monthlyRate, termMonths);
        long withFirst = fees.stream()
                .filter(f -> f.charged() == Fee.Charged.WITH_FIRST_INSTALMENT)
                .mapToLong(Fee::amount)
                .sum();
        long upfront = fees.stream()
                .filter(f -> f.charged() == Fee.Charged.AT_DISBURSEMENT)
                .mapToLong(Fee::amount)
                .sum();
        List<Instalment> instalments = new ArrayList<>(termMonths);
        long balance = principal;
        for (int n = 1; n <= termMonths; n++) {
            long interest = round(BigDecimal.valueOf(balance).multiply(monthlyRate, PRECISION));
            long principalPart = n == termMonths ? balance : Math.min(balance, Math.max(0, payment - interest));
            balance -= principalPart;
            long fee = n == 1 ? withFirst : 0;
            instalments.add(new Instalment(
                    n,
                    firstDueDate.plusMonths(n - 1L),
                    principalPart,
                    interest,
                    fee,
                    principalPart + interest + fee,
                    balance));
        }
        return new RepaymentSchedule(principal, annualRatePercent, instalments, upfront, fees);
    }

    /**
     * Several schedules over the same dates summed instalment by instalment (each part's cents are its own, so the sum
     * is exact): a loan whose parts amortise at their lenders' own rates, {@code statedRate} the borrower's weighted
     * rate. Fees as in {@link #of}; the APR follows from the summed cash flows.
     */
    public static RepaymentSchedule sumOf(List<RepaymentSchedule> parts, BigDecimal statedRate, List<Fee> fees) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a schedule needs at least one part");
        }
        int term = parts.get(0).instalments().size();
        long withFirst = fees.stream()
                .filter(f -> f.charged() == Fee.Charged.WITH_FIRST_INSTALMENT)
                .mapToLong(Fee::amount)
                .sum();
        long upfront = fees.stream()
                .filter(f -> f.charged() == Fee.Charged.AT_DISBURSEMENT)
                .mapToLong(Fee::amount)
                .sum();
        long principal = parts.stream().mapToLong(RepaymentSchedule::principal).sum();
        List<Instalment> instalments = new ArrayList<>(term);
        long balance = principal;
        for (int n = 0; n < term; n++) {
            long p = 0;
            long i = 0;
            for (RepaymentSchedule part : parts) {
                p += part.instalments().get(n).principal();
                i += part.instalments().get(n).interest();
            }
            balance -= p;
            long fee = n == 0 ? withFirst : 0;
            instalments.add(new Instalment(
                    n + 1, parts.get(0).instalments().get(n).dueDate(), p, i, fee, p + i + fee, balance));
        }
        return new RepaymentSchedule(principal, statedRate, instalments, upfront, fees);
    }

    /** P·r / (1 − (1 + r)^−n), rounded half-even to the minor unit; P / n without interest. */
    static long levelPayment(long principal, BigDecimal monthlyRate, int months) {
        BigDecimal p = BigDecimal.valueOf(principal);
        if (monthlyRate.signum() == 0) {
            return round(p.divide(BigDecimal.valueOf(months), PRECISION));
        }
        BigDecimal discount =
                BigDecimal.ONE.divide(BigDecimal.ONE.add(monthlyRate).pow(months, PRECISION), PRECISION);
        return round(p.multiply(monthlyRate, PRECISION).divide(BigDecimal.ONE.subtract(discount), PRECISION));
    }

    private static long round(BigDecimal minorUnits) {
        return minorUnits.setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }

    /** The regular instalment (the first may also carry a fee). */
    public long monthlyPayment() {
        return instalments.get(0).principal() + instalments.get(0).interest();
    }

    public long totalInterest() {
        return instalments.stream().mapToLong(Instalment::interest).sum();
    }

    public long totalFees() {
        return fees.stream().mapToLong(Fee::amount).sum();
    }

    /** Everything the borrower pays back: all instalments, with the fees they carry. */
    public long totalRepayable() {
        return instalments.stream().mapToLong(Instalment::total).sum();
    }

    /** What the borrower actually receives. */
    public long amountPaidOut() {
        return principal - upfrontFees;
    }

    /** The annual percentage rate (EU/UK), in percent to one decimal place. */
    public BigDecimal apr() {
        return AnnualPercentageRate.of(
                amountPaidOut(), instalments.stream().map(Instalment::total).toList());
    }
}
