package io.peerlend.lending.calendar;

import io.peerlend.lending.api.AdvanceBusinessDate;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** The current business date, from the calendar's projection (the machine's UTC date before the first advance). */
@Component
public class Today {

    private final MongoTemplate mongo;
    private final Clock clock;

    Today(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public LocalDate date() {
        BusinessDate.Current current = mongo.findById(AdvanceBusinessDate.CALENDAR, BusinessDate.Current.class,
                BusinessDate.COLLECTION);
        return current == null ? LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) : current.date();
    }
}
