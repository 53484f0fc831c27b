package io.peerlend.disclosure.api;

import java.time.Instant;

/**
 * Public figures about the platform, built from the event store alone (no personal data).
 *
 * @param loanApplicationsSubmitted every loan application ever submitted
 * @param asOf                      when this summary was read
 */
public record PlatformSummary(long loanApplicationsSubmitted, Instant asOf) {}
