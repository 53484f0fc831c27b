package io.peerlend.lending.api.events;

import java.time.Instant;

/** The application now asks for {@code toMinor} (less than before); it is quoted again for that amount. */
public record LoanAmountReduced(String applicationId, long fromMinor, long toMinor, Instant reducedAt) {}
