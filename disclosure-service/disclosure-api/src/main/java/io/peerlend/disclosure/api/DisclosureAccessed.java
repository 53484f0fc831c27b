package io.peerlend.disclosure.api;

import java.time.Instant;

/**
 * A regulator (or a member of staff) read supervisory data: recorded for every access, so supervision itself leaves
 * an audit trail. {@code who} is the Keycloak subject, never a name.
 */
public record DisclosureAccessed(String who, String role, String what, Instant at) {}
