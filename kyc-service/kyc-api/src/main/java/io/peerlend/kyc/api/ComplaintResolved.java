package io.peerlend.kyc.api;

import java.time.Instant;

/** The final response was sent; {@code withinDeadline} whether by the day it was due. */
public record ComplaintResolved(
        String complaintId,
        String customerId,
        ComplaintCategory category,
        ComplaintOutcome outcome,
        Sealed response,
        long redressMinor,
        String currency,
        String officerId,
        Instant resolvedAt,
        boolean withinDeadline) {}
