package io.peerlend.lending.api.events;

import java.time.Instant;

/** The lender may not lend now ({@code freeze}: nor withdraw; an asset freeze under a sanctions block), and why. */
public record LenderRestricted(String lenderId, boolean freeze, String reason, Instant restrictedAt) {}
