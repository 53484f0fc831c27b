package io.peerlend.disclosure.reports.web;

import io.peerlend.disclosure.audit.AccessLog;
import io.peerlend.disclosure.reports.Replay;
import io.peerlend.disclosure.reports.domain.OperatingReport;
import io.peerlend.platform.security.EndpointRules;
import io.peerlend.platform.security.Roles;
import io.peerlend.platform.web.RequestRejectedException;
import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The operating figures as of any past business date, rebuilt from the events (regulator, ops; audited). */
@RestController
class FiguresController {

    private final Replay replay;
    private final AccessLog accessLog;

    FiguresController(Replay replay, AccessLog accessLog) {
        this.replay = replay;
        this.accessLog = accessLog;
    }

    @Bean
    static EndpointRules figuresEndpoints() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/api/disclosure/figures")
                .hasAnyRole(Roles.REGULATOR, Roles.OPS, Roles.OPS_SUPERVISOR);
    }

    @Operation(summary = "The operating report's figures as the book stood at the end of a past business date, "
            + "rebuilt from every event up to it (regulator, ops; audited)")
    @GetMapping("/api/disclosure/figures")
    OperatingReport figures(@RequestParam String asOf, @AuthenticationPrincipal Jwt caller, Authentication auth)
            throws InterruptedException {
        LocalDate date;
        try {
            date = LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new RequestRejectedException("asOf", "must be a date such as 2027-01-31");
        }
        accessLog.record(caller, auth, "figures as of " + date);
        return replay.figuresAsOf(date);
    }
}
