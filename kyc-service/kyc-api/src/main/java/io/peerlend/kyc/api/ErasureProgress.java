package io.peerlend.kyc.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where a customer's erasure stands: {@code COMPLETE} once every service that held something of them has said it is
 * gone ({@code done}: when each did), {@code IN_PROGRESS} while some are {@code pending}. KYC's own key is destroyed
 * before the erasure is recorded at all.
 */
public record ErasureProgress(
        String customerId,
        String status,
        Instant requestedAt,
        String requestedBy,
        Map<String, Instant> done,
        List<String> pending) {}
