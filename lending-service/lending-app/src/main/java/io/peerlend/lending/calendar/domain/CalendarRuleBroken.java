package io.peerlend.lending.calendar.domain;

/** A business date the calendar cannot take; nothing changes. */
public class CalendarRuleBroken extends RuntimeException {

    public CalendarRuleBroken(String reason) {
        super(reason);
    }
}
