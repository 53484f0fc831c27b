package io.peerlend.lending.api.events;

import java.time.Instant;

/** The borrower may not be funded or paid out now ({@code freeze}: a sanctions block), and why. */
public record BorrowerRestricted(String borrowerId, boolean freeze, String reason, Instant restrictedAt) {}
