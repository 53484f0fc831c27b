package io.peerlend.lending.api.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * The fees lending charges from now on, as its profile sets them (published whenever they change, and once at the
 * start): the origination fee by grade and the provision fund's part of it (basis points of the principal; the
 * fund's map empty when there is no fund), the servicing fee (basis points of the interest lenders earn), the late
 * fee (minor units of {@code currency}, once per instalment still unpaid {@code lateFeeAfterDays} after it was due).
 * Disclosure publishes its fee schedule from this, so a report says what was charged when it was made. With them the
 * pricing assumptions ({@code RiskPricing}): the guidance rates' margin (basis points a year) and the loss given
 * default assumed until the platform has measured its own (both null in schedules published before them); and the
 * secondary market's sale fee, basis points of principal and premium, from the seller (null before the market).
 */
public record FeeSchedulePublished(
        String currency,
        Map<String, Integer> originationBpsByGrade,
        Map<String, Integer> provisionBpsByGrade,
        int servicingFeeBps,
        long lateFeeMinor,
        int lateFeeAfterDays,
        Instant publishedAt,
        Integer guidanceMarginBps,
        BigDecimal assumedLossGivenDefault,
        Integer saleFeeBps) {

    /** A schedule of fees alone, as published before the pricing assumptions. */
    public FeeSchedulePublished(
            String currency,
            Map<String, Integer> originationBpsByGrade,
            Map<String, Integer> provisionBpsByGrade,
            int servicingFeeBps,
            long lateFeeMinor,
            int lateFeeAfterDays,
            Instant publishedAt) {
        this(
                currency,
                originationBpsByGrade,
                provisionBpsByGrade,
                servicingFeeBps,
                lateFeeMinor,
                lateFeeAfterDays,
                publishedAt,
                null,
                null,
                null);
    }
}
