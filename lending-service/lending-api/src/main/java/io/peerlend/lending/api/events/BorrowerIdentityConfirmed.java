package io.peerlend.lending.api.events;

import java.time.Instant;

/** The application's borrower is a verified, unsanctioned customer; until this event it waits for KYC. */
public record BorrowerIdentityConfirmed(String applicationId, String borrowerId, Instant confirmedAt) {}
