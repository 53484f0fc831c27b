package io.peerlend.lending.calendar.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.peerlend.calendar.api.BusinessDateAdvanced;
import io.peerlend.lending.api.commands.AdvanceBusinessDate;
import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/** The platform's one business date. It only moves forward; asking for the current date again changes nothing. */
public class BusinessCalendar {

    @AggregateIdentifier
    private String calendarId;

    private LocalDate date;

    protected BusinessCalendar() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    LocalDate handle(AdvanceBusinessDate c, Clock clock) {
        if (date != null && !c.to().isAfter(date)) {
            if (c.to().isBefore(date)) {
                throw new CalendarRuleBroken("the business date is " + date + " and never moves back");
            }
            return date;
        }
        apply(new BusinessDateAdvanced(date, c.to(), c.by(), clock.instant()));
        return date;
    }

    @EventSourcingHandler
    void on(BusinessDateAdvanced e) {
        calendarId = AdvanceBusinessDate.CALENDAR;
        date = e.to();
    }
}
