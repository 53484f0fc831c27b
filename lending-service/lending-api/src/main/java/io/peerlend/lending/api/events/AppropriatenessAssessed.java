package io.peerlend.lending.api.events;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of an appropriateness assessment. When failed, {@code misunderstood} names what the lender got wrong,
 * with the explanation they are shown, and they may not try again before {@code retryAfter}.
 */
public record AppropriatenessAssessed(
        String lenderId, boolean passed, List<String> misunderstood, Instant retryAfter, Instant assessedAt) {}
