package io.peerlend.disclosure.reports.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The fees the platform charges, as lending published them: the origination fee by grade and the provision fund's
 * part of it (basis points of the amount borrowed), the servicing fee (basis points of the interest lenders earn),
 * the late fee (minor units, once per instalment still unpaid {@code lateFeeAfterDays} after it was due); and the
 * loss given default lending prices with until it has measured its own (null in schedules from before it said); the
 * secondary market's sale fee (basis points of principal and premium; null before the market).
 */
public record FeeSchedule(
        String currency,
        Map<String, Integer> originationBpsByGrade,
        Map<String, Integer> provisionBpsByGrade,
        int servicingFeeBps,
        long lateFeeMinor,
        int lateFeeAfterDays,
        BigDecimal assumedLossGivenDefault,
        Integer saleFeeBps) {

    public FeeSchedule(
            String currency,
            Map<String, Integer> originationBpsByGrade,
            Map<String, Integer> provisionBpsByGrade,
            int servicingFeeBps,
            long lateFeeMinor,
            int lateFeeAfterDays) {
        this(
                currency,
                originationBpsByGrade,
                provisionBpsByGrade,
                servicingFeeBps,
                lateFeeMinor,
                lateFeeAfterDays,
                null,
                null);
    }

    /**
     * The assumed loss given default; null where lending had not published one (statements of that time keep the
     * definitions they were published with).
     */
    public BigDecimal lossGivenDefaultAssumption() {
        return assumedLossGivenDefault;
    }

    /** The order grades are listed in, best first. */
    private static final List<String> GRADES = List.of("A*", "A", "B", "C", "D", "E");

    public FeeSchedule {
        originationBpsByGrade = Map.copyOf(originationBpsByGrade);
        provisionBpsByGrade = Map.copyOf(provisionBpsByGrade);
    }

    /** The share of the interest lenders earn that the servicing fee takes (0.10 for 10%: at least 2 decimals). */
    public BigDecimal lenderFeeRate() {
        BigDecimal rate = BigDecimal.valueOf(servicingFeeBps, 4).stripTrailingZeros();
        return rate.scale() < 2 ? rate.setScale(2) : rate;
    }

    /** The schedule as the reports publish it, one line per fee; {@code lateFeeName} as the profile calls it. */
    public List<OperatingReport.FeeLine> lines(String lateFeeName) {
        List<OperatingReport.FeeLine> lines = new ArrayList<>();
        String origination = "by grade, of the amount borrowed: " + byGrade(originationBpsByGrade);
        if (!provisionBpsByGrade.isEmpty()) {
            origination += "; part of it funds the provision fund (" + byGrade(provisionBpsByGrade) + " of the amount)";
        }
        lines.add(new OperatingReport.FeeLine("origination fee, taken from the money paid out", origination));
        lines.add(new OperatingReport.FeeLine(
                "servicing fee, paid by lenders",
                BigDecimal.valueOf(servicingFeeBps, 2).stripTrailingZeros().toPlainString()
                        + "% of the interest lenders receive"));
        lines.add(new OperatingReport.FeeLine(
                lateFeeName,
                currency + " "
                        + BigDecimal.valueOf(
                                        lateFeeMinor,
                                        Currency.getInstance(currency).getDefaultFractionDigits())
                                .toPlainString()
                        + " once per instalment still unpaid "
                        + lateFeeAfterDays + " days after it was due"));
        if (saleFeeBps != null) {
            // only in schedules published with the secondary market, so earlier reports replay unchanged
            lines.add(new OperatingReport.FeeLine(
                    "secondary-market sale fee, paid by the selling lender",
                    BigDecimal.valueOf(saleFeeBps, 2).stripTrailingZeros().toPlainString()
                            + "% of the principal and premium of a loan part sold"));
        }
        lines.add(new OperatingReport.FeeLine(
                "early repayment, cooling-off withdrawal", "no fee; interest only to the day"));
        return lines;
    }

    private static String byGrade(Map<String, Integer> bps) {
        return bps.entrySet().stream()
                .sorted(Comparator.comparingInt(
                        e -> GRADES.indexOf(e.getKey()) < 0 ? GRADES.size() : GRADES.indexOf(e.getKey())))
                .map(e -> e.getKey() + " " + BigDecimal.valueOf(e.getValue(), 2).toPlainString() + "%")
                .collect(Collectors.joining(", "));
    }
}
