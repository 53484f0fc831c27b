package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.FeeSchedules;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Publish the profile's fees; nothing happens when they are the ones already published. */
public record PublishFeeSchedule(
        String currency,
        Map<String, Integer> originationBpsByGrade,
        Map<String, Integer> provisionBpsByGrade,
        int servicingFeeBps,
        long lateFeeMinor,
        int lateFeeAfterDays) {

    @TargetAggregateIdentifier
    public String scheduleId() {
        return FeeSchedules.idFor(currency);
    }
}
