package io.peerlend.kyc.api;

import java.time.Instant;
import java.util.List;

/** A customer was screened again against reloaded lists. */
public record CustomerRescreened(String customerId, String decision, List<ScreeningHit> hits, String listsVersion,
                                 Instant screenedAt) {
}
