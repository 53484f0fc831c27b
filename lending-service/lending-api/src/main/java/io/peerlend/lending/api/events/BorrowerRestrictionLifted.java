package io.peerlend.lending.api.events;

import java.time.Instant;

/** The borrower may borrow again. */
public record BorrowerRestrictionLifted(String borrowerId, String reason, Instant liftedAt) {}
