package io.peerlend.lending.api.events;

import java.time.Instant;

/** A quote is wanted for this application. */
public record QuoteRequested(String applicationId, Instant at) {}
