package io.peerlend.kyc.api;

/** A complaint answered with its final response. */
public record ComplaintResolution(String complaintId, String status) {}
