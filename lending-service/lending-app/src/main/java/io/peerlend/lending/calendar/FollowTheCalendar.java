package io.peerlend.lending.calendar;

import io.peerlend.lending.api.commands.AdvanceBusinessDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Production: the business date follows the calendar, advanced shortly after midnight UTC (idempotent: the calendar
 * ignores a date it has reached). Where {@code peerlend.lending.calendar.manual} is on (development and tests),
 * operations staff move it instead, so a loan's whole life runs in seconds.
 */
@Component
class FollowTheCalendar {

    private final CommandGateway commands;
    private final Today today;
    private final boolean manual;

    FollowTheCalendar(
            CommandGateway commands, Today today, @Value("${peerlend.lending.calendar.manual:false}") boolean manual) {
        this.commands = commands;
        this.today = today;
        this.manual = manual;
    }

    @Scheduled(cron = "${peerlend.lending.calendar.schedule:0 5 0 * * *}", zone = "UTC")
    void advance() {
        if (!manual) {
            commands.sendAndWait(new AdvanceBusinessDate(today.machineDate(), "calendar"));
        }
    }
}
