package io.peerlend.kyc.api;

import java.time.Instant;

/** Audit: a member of staff read a customer's personal data, and why. */
public record PersonalDataViewed(String customerId, String viewedBy, String role, String purpose, Instant viewedAt) {}
