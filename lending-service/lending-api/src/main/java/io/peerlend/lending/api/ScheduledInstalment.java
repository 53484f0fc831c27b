package io.peerlend.lending.api;

import java.time.LocalDate;

/** One instalment of a loan's schedule as agreed (or as re-agreed after a part repayment). */
public record ScheduledInstalment(int number, LocalDate dueDate, long principalMinor, long interestMinor) {}
