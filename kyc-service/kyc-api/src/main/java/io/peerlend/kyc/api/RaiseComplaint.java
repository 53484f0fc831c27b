package io.peerlend.kyc.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A borrower or lender complains. {@code reference} names what it is about (a loan, an application, an offer), if
 * anything; the description is personal data and travels sealed with the customer's key.
 */
public record RaiseComplaint(
        @TargetAggregateIdentifier String complaintId,
        String customerId,
        CustomerRole role,
        ComplaintCategory category,
        String reference,
        Sealed description) {}
