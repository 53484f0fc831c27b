package io.peerlend.kyc.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The customer takes their complaint to the ombudsman. */
public record EscalateComplaint(@TargetAggregateIdentifier String complaintId, String customerId) {}
