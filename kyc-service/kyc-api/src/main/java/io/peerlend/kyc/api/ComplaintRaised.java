package io.peerlend.kyc.api;

import java.time.Instant;
import java.time.LocalDate;

/** A complaint was made; the final response is due by {@code finalResponseDue} (the profile's period). */
public record ComplaintRaised(
        String complaintId,
        String customerId,
        CustomerRole role,
        ComplaintCategory category,
        String reference,
        Sealed description,
        Instant raisedAt,
        LocalDate finalResponseDue) {}
