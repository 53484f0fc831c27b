package io.peerlend.lending.calendar.domain;

import io.peerlend.lending.product.RuleBroken;

/** A business date the calendar cannot take; nothing changes. */
public class CalendarRuleBroken extends RuleBroken {

    public CalendarRuleBroken(String reason) {
        super(null, reason);
    }
}
