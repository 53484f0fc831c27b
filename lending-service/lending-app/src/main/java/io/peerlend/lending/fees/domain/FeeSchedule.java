package io.peerlend.lending.fees.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.peerlend.lending.api.FeeSchedules;
import io.peerlend.lending.api.commands.PublishFeeSchedule;
import io.peerlend.lending.api.events.FeeSchedulePublished;
import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * The fee schedule lending publishes for one currency: the history of what it charged, one event per change. Every
 * instance publishes the profile's fees when it starts; only a change makes an event.
 */
public class FeeSchedule {

    @AggregateIdentifier
    private String scheduleId;

    private PublishFeeSchedule current;

    FeeSchedule() {}

    /** @return whether the schedule changed (and an event was published) */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    boolean handle(PublishFeeSchedule c, Clock clock) {
        if (c.equals(current)) {
            return false;
        }
        apply(new FeeSchedulePublished(
                c.currency(),
                c.originationBpsByGrade(),
                c.provisionBpsByGrade(),
                c.servicingFeeBps(),
                c.lateFeeMinor(),
                c.lateFeeAfterDays(),
                clock.instant(),
                c.guidanceMarginBps(),
                c.assumedLossGivenDefault(),
                c.saleFeeBps()));
        return true;
    }

    @EventSourcingHandler
    void on(FeeSchedulePublished e) {
        scheduleId = FeeSchedules.idFor(e.currency());
        current = new PublishFeeSchedule(
                e.currency(),
                e.originationBpsByGrade(),
                e.provisionBpsByGrade(),
                e.servicingFeeBps(),
                e.lateFeeMinor(),
                e.lateFeeAfterDays(),
                e.guidanceMarginBps(),
                e.assumedLossGivenDefault(),
                e.saleFeeBps());
    }
}
