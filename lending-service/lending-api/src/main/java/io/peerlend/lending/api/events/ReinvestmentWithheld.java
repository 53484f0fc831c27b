package io.peerlend.lending.api.events;

import java.time.Instant;

/** Money arrived for a restricted lender with an auto-invest rule: credited, and on purpose not offered again. */
public record ReinvestmentWithheld(
        String lenderId, String trigger, long availableMinor, String reason, Instant withheldAt) {}
