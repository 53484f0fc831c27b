package io.peerlend.lending.calendar;

import io.peerlend.lending.api.AdvanceBusinessDate;
import io.peerlend.lending.api.BusinessDateAdvanced;
import io.peerlend.platform.web.RequestRejectedException;
import io.peerlend.platform.web.StateConflictException;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The business date: read from its projection; advanced every night to the calendar date in production, or by
 * operations staff when {@code peerlend.lending.calendar.manual} is on (development and tests: a loan's whole life in
 * seconds). Advancing is idempotent.
 */
@RestController
@ProcessingGroup("lending-calendar")
class BusinessDate {

    static final String COLLECTION = "business_date";

    @Document(COLLECTION)
    record Current(@Id String id, LocalDate date) {
    }

    public record Advance(LocalDate to) {
    }

    private final MongoTemplate mongo;
    private final CommandGateway commands;
    private final Clock clock;
    private final boolean manual;

    BusinessDate(MongoTemplate mongo, CommandGateway commands, Clock clock,
                 @Value("${peerlend.lending.calendar.manual:false}") boolean manual) {
        this.mongo = mongo;
        this.commands = commands;
        this.clock = clock;
        this.manual = manual;
    }

    @EventHandler
    void on(BusinessDateAdvanced e) {
        mongo.save(new Current(AdvanceBusinessDate.CALENDAR, e.to()), COLLECTION);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(COLLECTION);
    }

    @Operation(summary = "The platform's business date (any signed-in user)")
    @GetMapping("/api/lending/business-date")
    Map<String, Object> current() {
        Current current = mongo.findById(AdvanceBusinessDate.CALENDAR, Current.class, COLLECTION);
        return Map.of("date", current == null ? today().toString() : current.date().toString(), "manual", manual);
    }

    @Operation(summary = "Move the business date forward (ops, ops-supervisor; development and tests only)")
    @PostMapping("/api/lending/business-date")
    Map<String, Object> advance(@RequestBody Advance request, @AuthenticationPrincipal Jwt officer) {
        if (!manual) {
            throw new StateConflictException("the business date follows the calendar here; it cannot be set by hand");
        }
        if (request == null || request.to() == null) {
            throw new RequestRejectedException("to", "must be a date, e.g. 2027-01-31");
        }
        LocalDate date = commands.sendAndWait(new AdvanceBusinessDate(request.to(), officer.getSubject()));
        return Map.of("date", date.toString(), "manual", true);
    }

    /** Production: the business date follows the calendar, advanced shortly after midnight UTC. */
    @Scheduled(cron = "${peerlend.lending.calendar.schedule:0 5 0 * * *}", zone = "UTC")
    void followTheCalendar() {
        if (!manual) {
            commands.sendAndWait(new AdvanceBusinessDate(today(), "calendar"));
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
