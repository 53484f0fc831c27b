package io.peerlend.platform.observability;

import java.util.UUID;
import java.util.regex.Pattern;

/** The id that ties one request's log lines, events and downstream calls together. */
public final class CorrelationId {

    public static final String HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    private CorrelationId() {}

    /** Keeps a caller's id when it is well formed (it ends up in logs, so nothing else is trusted); otherwise a new one. */
    public static String acceptOrCreate(String candidate) {
        return candidate != null && ACCEPTED.matcher(candidate).matches()
                ? candidate
                : UUID.randomUUID().toString();
    }
}
