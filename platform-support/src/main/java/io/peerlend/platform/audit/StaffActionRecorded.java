package io.peerlend.platform.audit;

import java.time.Instant;

/**
 * Audit: a member of staff asked a service to change something (any request but a read), and what the service
 * answered. {@code staffId} is their Keycloak subject; {@code path} names the resource (ids, never personal data).
 */
public record StaffActionRecorded(
        String service,
        String staffId,
        String role,
        String method,
        String path,
        int status,
        String correlationId,
        Instant at) {}
