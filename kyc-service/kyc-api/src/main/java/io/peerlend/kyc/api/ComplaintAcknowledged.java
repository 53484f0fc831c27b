package io.peerlend.kyc.api;

import java.time.Instant;
import java.time.LocalDate;

/** The prompt written acknowledgement: received, by when the final response comes, and where to go after it. */
public record ComplaintAcknowledged(
        String complaintId, String customerId, LocalDate finalResponseDue, String ombudsman, Instant acknowledgedAt) {}
