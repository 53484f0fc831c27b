package io.peerlend.kyc.api;

/** A complaint referred to the ombudsman: why it may be referred now, and the ombudsman's name. */
public record ComplaintEscalation(
        String complaintId, String status, ComplaintEscalated.Reason reason, String ombudsman) {}
