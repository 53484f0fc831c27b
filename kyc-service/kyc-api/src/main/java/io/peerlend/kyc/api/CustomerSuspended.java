package io.peerlend.kyc.api;

import java.time.Instant;

/** A verified customer may no longer borrow or lend until reinstated (new sanctions match, AML case, ops decision). */
public record CustomerSuspended(String customerId, String reason, String suspendedBy, Instant suspendedAt) {
}
