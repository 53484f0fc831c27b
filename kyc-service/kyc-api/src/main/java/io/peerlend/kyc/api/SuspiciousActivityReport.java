package io.peerlend.kyc.api;

import java.time.Instant;
import java.util.List;

/**
 * The export of a suspicious activity report, for filing with the financial intelligence unit (in the UK the NCA).
 * {@code subject} is null once the customer's personal data has been erased.
 */
public record SuspiciousActivityReport(
        String reportId,
        String caseId,
        String customerId,
        Instant reportedAt,
        String reportedBy,
        PersonalDetails subject,
        String narrative,
        List<AmlAlert> alerts,
        Instant exportedAt,
        String exportedBy) {}
