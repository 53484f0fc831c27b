package io.peerlend.platform.audit;

import java.time.Instant;

/**
 * Audit of the audit: a supervisor read the audit trail. {@code filter} says what they asked for (ids and dates, never
 * personal data), so reading who looked at a customer is itself on the record.
 */
public record AuditTrailViewed(String service, String viewerId, String role, String filter, Instant at) {}
