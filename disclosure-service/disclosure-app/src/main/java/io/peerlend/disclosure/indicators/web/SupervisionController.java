package io.peerlend.disclosure.indicators.web;

import io.peerlend.disclosure.audit.AccessLog;
import io.peerlend.disclosure.indicators.Supervision;
import io.peerlend.disclosure.indicators.domain.Thresholds;
import io.peerlend.platform.security.EndpointRules;
import io.peerlend.platform.security.Roles;
import io.peerlend.platform.web.RequestRejectedException;
import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Early-warning indicators for supervisors: regulators (read-only) and operations staff. Every access is recorded as
 * an audit event.
 */
@RestController
class SupervisionController {

    record Latest(Supervision.Day day, Thresholds thresholds, List<Supervision.Alert> openAlerts) {}

    private final Supervision supervision;
    private final AccessLog accessLog;

    SupervisionController(Supervision supervision, AccessLog accessLog) {
        this.supervision = supervision;
        this.accessLog = accessLog;
    }

    @Bean
    static EndpointRules supervisionEndpoints() {
        return rules -> rules.requestMatchers(
                        HttpMethod.GET,
                        "/api/disclosure/indicators",
                        "/api/disclosure/indicators/history",
                        "/api/disclosure/alerts")
                .hasAnyRole(Roles.REGULATOR, Roles.OPS, Roles.OPS_SUPERVISOR);
    }

    @Operation(
            summary = "The latest business day's early-warning indicators, thresholds and open alerts "
                    + "(regulator, ops; audited)")
    @GetMapping("/api/disclosure/indicators")
    Latest latest(@AuthenticationPrincipal Jwt caller, Authentication auth) {
        accessLog.record(caller, auth, "indicators");
        Supervision.Day day =
                supervision.latest().orElseThrow(() -> new NoSuchElementException("no business day has closed yet"));
        return new Latest(
                day,
                supervision.thresholds(),
                supervision.alerts().stream().filter(a -> a.clearedOn() == null).toList());
    }

    @Operation(summary = "Indicator history between two business dates (regulator, ops; audited)")
    @GetMapping("/api/disclosure/indicators/history")
    List<Supervision.Day> history(
            @RequestParam String from,
            @RequestParam String to,
            @AuthenticationPrincipal Jwt caller,
            Authentication auth) {
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (end.isBefore(start)) {
            throw new RequestRejectedException("to", "must not be before from");
        }
        accessLog.record(caller, auth, "indicator history " + start + ".." + end);
        return supervision.history(start, end);
    }

    @Operation(summary = "Every early-warning alert, newest first, open and closed (regulator, ops; audited)")
    @GetMapping("/api/disclosure/alerts")
    List<Supervision.Alert> alerts(@AuthenticationPrincipal Jwt caller, Authentication auth) {
        accessLog.record(caller, auth, "alerts");
        return supervision.alerts();
    }

    private static LocalDate date(String field, String value) {
        return RequestRejectedException.isoDate(field, value);
    }
}
