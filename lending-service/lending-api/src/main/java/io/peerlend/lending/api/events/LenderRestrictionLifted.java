package io.peerlend.lending.api.events;

import java.time.Instant;

/** The lender may lend (and withdraw) again. */
public record LenderRestrictionLifted(String lenderId, String reason, Instant liftedAt) {}
