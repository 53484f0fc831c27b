package io.peerlend.lending.api.events;

import java.time.Instant;

/** The market could not fund the accepted quote any more; the borrower may ask for a new quote. */
public record LoanNotFunded(String applicationId, String reason, Instant at) {}
