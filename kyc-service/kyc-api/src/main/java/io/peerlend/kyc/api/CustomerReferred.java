package io.peerlend.kyc.api;

import java.time.Instant;
import java.util.List;

/** The customer waits for operations staff: {@code status} is IN_REVIEW or BLOCKED; reasons name no personal data. */
public record CustomerReferred(String customerId, CustomerStatus status, List<String> reasons, Instant referredAt) {}
