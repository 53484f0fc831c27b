package io.peerlend.kyc.api;

import java.time.Instant;

/**
 * An officer reported the case to the financial intelligence unit: the suspicious activity report's record. The
 * narrative is sealed with the customer's key; the export assembles it with the subject's details.
 */
public record SuspiciousActivityReported(
        String caseId, String customerId, String reportId, String officerId, Sealed narrative, Instant reportedAt) {}
