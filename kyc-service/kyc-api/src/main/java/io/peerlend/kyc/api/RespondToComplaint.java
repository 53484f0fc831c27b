package io.peerlend.kyc.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An officer's final response: the finding, the letter (sealed) and any redress offered, in minor units. */
public record RespondToComplaint(
        @TargetAggregateIdentifier String complaintId,
        String officerId,
        ComplaintOutcome outcome,
        Sealed response,
        long redressMinor,
        String currency) {}
