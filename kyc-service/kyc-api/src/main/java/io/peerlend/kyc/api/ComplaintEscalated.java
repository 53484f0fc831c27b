package io.peerlend.kyc.api;

import java.time.Instant;

/**
 * The customer referred the complaint to the ombudsman: because no final response came by the day it was due, or
 * because they disagree with it.
 */
public record ComplaintEscalated(
        String complaintId, String customerId, ComplaintCategory category, Reason reason, Instant escalatedAt) {

    public enum Reason {
        NO_FINAL_RESPONSE_IN_TIME,
        DISAGREES_WITH_RESPONSE
    }
}
