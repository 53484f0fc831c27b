package io.peerlend.kyc.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A complaint as its customer, or an officer, reads it. Texts are null once the customer's personal data was erased
 * (and in officers' lists). {@code overdue}: still open after the day the final response was due. {@code redress} is a
 * decimal string in {@code currency}.
 */
public record ComplaintView(
        String complaintId,
        String customerId,
        CustomerRole role,
        ComplaintCategory category,
        String reference,
        String description,
        Instant raisedAt,
        LocalDate finalResponseDue,
        String ombudsman,
        String status,
        boolean overdue,
        ComplaintOutcome outcome,
        String response,
        String redress,
        String currency,
        Instant resolvedAt,
        Boolean withinDeadline,
        Instant escalatedAt,
        ComplaintEscalated.Reason escalationReason) {}
