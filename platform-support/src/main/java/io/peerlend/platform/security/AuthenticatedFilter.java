package io.peerlend.platform.security;

import jakarta.servlet.Filter;

/**
 * A filter the security chain runs once the caller is known and around the access decision (the staff audit, where
 * the service has an event store). A factory rather than a Filter bean, so Spring Boot does not also register it as a
 * servlet filter outside the chain.
 */
public interface AuthenticatedFilter {

    Filter filter();
}
