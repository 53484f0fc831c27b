package io.peerlend.lending.api.events;

import java.time.Instant;

/** What was left of a loan or reservation no longer counts against the cap, and why. */
public record BorrowingReleased(
        String borrowerId, String loanId, long releasedMinor, String reason, Instant releasedAt) {}
