package io.peerlend.lending.calendar;

import io.peerlend.calendar.api.BusinessDateAdvanced;
import io.peerlend.lending.api.commands.AdvanceBusinessDate;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/**
 * The current business date: a projection of the calendar's events (the machine's UTC date before the first
 * advance). Everything in lending dated by the business asks here, never the machine's clock.
 */
@Component
@ProcessingGroup("lending-calendar")
public class Today {

    static final String COLLECTION = "business_date";

    @Document(COLLECTION)
    record Current(@Id String id, LocalDate date) {}

    private final MongoTemplate mongo;
    private final Clock clock;

    Today(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public LocalDate date() {
        Current current = mongo.findById(AdvanceBusinessDate.CALENDAR, Current.class, COLLECTION);
        return current == null ? machineDate() : current.date();
    }

    /** The calendar date in UTC, which the business date follows in production. */
    LocalDate machineDate() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    @EventHandler
    void on(BusinessDateAdvanced e) {
        mongo.save(new Current(AdvanceBusinessDate.CALENDAR, e.to()), COLLECTION);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(COLLECTION);
    }
}
