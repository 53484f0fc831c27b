package io.peerlend.lending.api.events;

import java.time.Instant;

/**
 * A borrower was refused because the loan would take what they owe on the platform over the jurisdiction profile's
 * cap: at {@code stage} APPLICATION (no application was made; {@code applicationId} is null) or ACCEPTANCE (the quote
 * stays unaccepted). Recorded so that every refusal is in the audit trail with its reason; the caller is in the event's
 * {@code actor} metadata.
 */
public record BorrowingCapReached(
        String borrowerId,
        String applicationId,
        Stage stage,
        long requestedMinor,
        long outstandingMinor,
        long capMinor,
        String currency,
        String reason,
        Instant reachedAt) {

    public enum Stage {
        APPLICATION,
        ACCEPTANCE
    }
}
