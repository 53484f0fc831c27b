package io.peerlend.lending.loans.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The jurisdiction profile's servicing rules: the platform's servicing fee (basis points of the interest lenders
 * earn), the late fee charged once per instalment still unpaid {@code lateFeeAfterDays} after its due date, how often
 * a failed collection is retried, the default trigger (missed instalments or days past due), the cooling-off period,
 * and the provision fund's share of the origination fee by grade (none when the fund is off).
 */
public record ServicingPolicy(
        int servicingFeeBps,
        long lateFeeMinor,
        int lateFeeAfterDays,
        int collectionRetryDays,
        int defaultAfterMissedInstalments,
        int defaultAfterDaysPastDue,
        int coolingOffDays,
        boolean provisionFund,
        Map<String, Integer> provisionBpsByGrade) {

    /** FCA-style defaults: a GBP 12 late fee after 14 days, default at 4 missed instalments or 90+ days. */
    public static final ServicingPolicy UK = new ServicingPolicy(
            1000, 12_00, 14, 7, 4, 90, 14, true, Map.of("A*", 50, "A", 75, "B", 100, "C", 150, "D", 200, "E", 250));

    public ServicingPolicy {
        provisionBpsByGrade = Map.copyOf(provisionBpsByGrade);
    }

    /** The provision fund's part of the origination fee: never more than the fee itself. */
    public long provisionFee(String grade, long principalMinor, long originationFeeMinor) {
        if (!provisionFund) {
            return 0;
        }
        int bps = provisionBpsByGrade.getOrDefault(grade, 0);
        long fee = BigDecimal.valueOf(principalMinor)
                .multiply(BigDecimal.valueOf(bps))
                .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_EVEN)
                .longValueExact();
        return Math.min(fee, originationFeeMinor);
    }

    /** The platform's servicing fee on interest collected, rounded down so lenders never lose a cent to rounding. */
    public long servicingFee(long interestMinor) {
        return interestMinor * servicingFeeBps / 10_000;
    }
}
