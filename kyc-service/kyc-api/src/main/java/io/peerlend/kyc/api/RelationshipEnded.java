package io.peerlend.kyc.api;

import java.time.Instant;
import java.time.LocalDate;

/** The customer left; their personal data is kept until {@code retainUntil} (the profile's retention period). */
public record RelationshipEnded(String customerId, LocalDate retainUntil, String endedBy, Instant endedAt) {}
