package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.FeeSchedules;
import java.math.BigDecimal;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Publish the profile's fees (with the secondary market's sale fee, basis points of principal and premium) and pricing
 * assumptions; nothing happens when they are the ones already published.
 */
public record PublishFeeSchedule(
        String currency,
        Map<String, Integer> originationBpsByGrade,
        Map<String, Integer> provisionBpsByGrade,
        int servicingFeeBps,
        long lateFeeMinor,
        int lateFeeAfterDays,
        Integer guidanceMarginBps,
        BigDecimal assumedLossGivenDefault,
        Integer saleFeeBps) {

    /** The fees alone (a schedule from before the pricing assumptions were published with it). */
    public PublishFeeSchedule(
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
                null,
                null);
    }

    @TargetAggregateIdentifier
    public String scheduleId() {
        return FeeSchedules.idFor(currency);
    }
}
