package io.peerlend.lending.api.commands;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Move the platform's business date forward (close of business; in development, operations staff). */
public record AdvanceBusinessDate(LocalDate to, String by) {

    public static final String CALENDAR = "business-calendar";

    @TargetAggregateIdentifier
    public String calendarId() {
        return CALENDAR;
    }
}
