package io.peerlend.platform.audit;

import io.peerlend.platform.observability.CorrelationId;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every request by operations staff that is not a read — allowed or refused — as a {@link
 * StaffActionRecorded} event in the shared event store, the system of record, so the audit trail cannot be rebuilt
 * without it. Runs inside the security chain, where the caller is known. Reads of personal data are audited where
 * they happen (the KYC service's PersonalDataViewed).
 */
public class StaffActionAudit extends OncePerRequestFilter {

    /** The staff roles, the most senior first: the one recorded is the most senior the caller holds. */
    static final List<String> STAFF = List.of("ops-supervisor", "ops");

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Logger log = LoggerFactory.getLogger(StaffActionAudit.class);

    private final String service;
    private final EventBus events;
    private final Clock clock;

    public StaffActionAudit(String service, EventBus events, Clock clock) {
        this.service = service;
        this.events = events;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return READS.contains(request.getMethod()) || !(events instanceof EventStore);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            String role = auth == null ? null : staffRole(auth);
            if (role != null && auth.getPrincipal() instanceof Jwt jwt) {
                record(new StaffActionRecorded(
                        service,
                        jwt.getSubject(),
                        role,
                        request.getMethod(),
                        request.getRequestURI(),
                        response.getStatus(),
                        MDC.get(CorrelationId.MDC_KEY),
                        clock.instant()));
            }
        }
    }

    private void record(StaffActionRecorded action) {
        try {
            events.publish(GenericEventMessage.asEventMessage(action));
        } catch (RuntimeException e) {
            // the action itself has happened (or been refused): a lost audit line is an operational alarm
            log.error("could not record staff action {} {} ({})", action.method(), action.path(), e.toString());
        }
    }

    static String staffRole(Authentication auth) {
        Set<String> held = new HashSet<>();
        for (GrantedAuthority a : auth.getAuthorities()) {
            held.add(a.getAuthority());
        }
        return STAFF.stream()
                .filter(r -> held.contains("ROLE_" + r))
                .findFirst()
                .orElse(null);
    }
}
