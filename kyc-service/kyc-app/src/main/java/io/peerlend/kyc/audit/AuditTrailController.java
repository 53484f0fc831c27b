package io.peerlend.kyc.audit;

import io.peerlend.platform.audit.AuditTrailViewed;
import io.peerlend.platform.security.EndpointRules;
import io.peerlend.platform.security.Roles;
import io.peerlend.platform.web.RequestRejectedException;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for supervisors, filtered by actor, customer and dates; every read of it is recorded first. */
@RestController
class AuditTrailController {

    private final AuditTrail trail;
    private final EventGateway events;
    private final Clock clock;

    AuditTrailController(AuditTrail trail, EventGateway events, Clock clock) {
        this.trail = trail;
        this.events = events;
        this.clock = clock;
    }

    @Bean
    static EndpointRules auditTrailEndpoints() {
        return rules ->
                rules.requestMatchers(HttpMethod.GET, "/api/kyc/audit/trail").hasRole(Roles.OPS_SUPERVISOR);
    }

    @Operation(
            summary = "Who changed or read what: staff changes in every service, reads of personal and "
                    + "supervisory data, reads of this trail; newest first, filtered by actor, customer and dates (UTC, "
                    + "inclusive) (role ops-supervisor; this read is itself recorded)")
    @GetMapping("/api/kyc/audit/trail")
    List<AuditTrail.Entry> trail(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String customer,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "200") int limit,
            @AuthenticationPrincipal Jwt supervisor) {
        LocalDate fromDay = from == null || from.isBlank() ? null : RequestRejectedException.isoDate("from", from);
        LocalDate toDay = to == null || to.isBlank() ? null : RequestRejectedException.isoDate("to", to);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            throw new RequestRejectedException("to", "must not be before from");
        }
        AuditTrail.Filter filter = new AuditTrail.Filter(
                blankToNull(actor),
                blankToNull(customer),
                fromDay == null ? null : fromDay.atStartOfDay().toInstant(ZoneOffset.UTC),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        events.publish(new AuditTrailViewed(
                "kyc",
                supervisor.getSubject(),
                Roles.OPS_SUPERVISOR,
                describe(filter, fromDay, toDay),
                clock.instant()));
        return trail.find(filter, limit);
    }

    private static String describe(AuditTrail.Filter filter, LocalDate from, LocalDate to) {
        List<String> parts = new ArrayList<>();
        if (filter.actor() != null) {
            parts.add("actor=" + filter.actor());
        }
        if (filter.customer() != null) {
            parts.add("customer=" + filter.customer());
        }
        if (from != null) {
            parts.add("from=" + from);
        }
        if (to != null) {
            parts.add("to=" + to);
        }
        return parts.isEmpty() ? "all" : String.join(" ", parts);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
