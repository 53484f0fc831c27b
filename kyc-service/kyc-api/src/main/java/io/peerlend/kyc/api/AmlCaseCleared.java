package io.peerlend.kyc.api;

import java.time.Instant;

/** An officer found the activity explained; the note is sealed with the customer's key (it is about them). */
public record AmlCaseCleared(String caseId, String customerId, String officerId, Sealed note, Instant clearedAt) {}
