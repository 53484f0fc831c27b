package io.peerlend.kyc.api;

import java.time.Instant;

/** First of four eyes: an officer judged a blocking sanctions hit a false positive; a supervisor must approve. */
public record ClearanceProposed(String customerId, String proposedBy, String note, Instant proposedAt) {
}
