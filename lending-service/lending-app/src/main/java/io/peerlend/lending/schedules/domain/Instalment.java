package io.peerlend.lending.schedules.domain;

import java.time.LocalDate;

/** One monthly instalment in minor units: principal + interest + fees = total; balance is what remains owed after. */
public record Instalment(
        int number, LocalDate dueDate, long principal, long interest, long fees, long total, long balance) {}
