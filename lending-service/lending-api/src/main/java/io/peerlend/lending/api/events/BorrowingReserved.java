package io.peerlend.lending.api.events;

import java.time.Instant;

/**
 * An amount now counts against the borrower's cap: an accepted loan's, reserved before funding, or a loan's opened
 * without one (one funded before reservations existed); {@code owedAfterMinor} is the whole that then counts.
 */
public record BorrowingReserved(
        String borrowerId, String loanId, long amountMinor, long owedAfterMinor, Instant reservedAt) {}
