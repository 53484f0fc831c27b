package io.peerlend.calendar.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The platform's business date moved on: everything dated by the business (due instalments, arrears, re-verification,
 * report cut-offs) follows this event, never a machine's clock. {@code from} is null for the first date.
 */
public record BusinessDateAdvanced(LocalDate from, LocalDate to, String by, Instant at) {}
