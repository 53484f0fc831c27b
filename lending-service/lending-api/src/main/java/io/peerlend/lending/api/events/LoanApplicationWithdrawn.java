package io.peerlend.lending.api.events;

import java.time.Instant;

/** The borrower withdrew the application; nothing more happens to it. */
public record LoanApplicationWithdrawn(String applicationId, String by, Instant withdrawnAt) {}
