package io.peerlend.kyc.api;

import java.time.Instant;
import java.util.List;

/** The customer may not borrow or lend; {@code finalDecision} is false when they may try again with a new document. */
public record CustomerRejected(String customerId, List<String> reasons, boolean finalDecision, String decidedBy,
                               Instant rejectedAt) {
}
