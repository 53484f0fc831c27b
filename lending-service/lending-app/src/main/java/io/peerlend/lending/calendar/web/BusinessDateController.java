package io.peerlend.lending.calendar.web;

import io.peerlend.lending.api.commands.AdvanceBusinessDate;
import io.peerlend.lending.api.http.BusinessDateView;
import io.peerlend.lending.calendar.Today;
import io.peerlend.platform.web.RequestRejectedException;
import io.peerlend.platform.web.StateConflictException;
import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The business date: anyone signed in reads it; operations staff move it where that is allowed (development). */
@RestController
class BusinessDateController {

    public record Advance(LocalDate to) {}

    private final CommandGateway commands;
    private final Today today;
    private final boolean manual;

    BusinessDateController(
            CommandGateway commands, Today today, @Value("${peerlend.lending.calendar.manual:false}") boolean manual) {
        this.commands = commands;
        this.today = today;
        this.manual = manual;
    }

    @Operation(summary = "The platform's business date (any signed-in user)")
    @GetMapping("/api/lending/business-date")
    BusinessDateView current() {
        return new BusinessDateView(today.date(), manual);
    }

    @Operation(summary = "Move the business date forward (ops, ops-supervisor; development and tests only)")
    @PostMapping("/api/lending/business-date")
    BusinessDateView advance(@RequestBody Advance request, @AuthenticationPrincipal Jwt officer) {
        if (!manual) {
            throw new StateConflictException("the business date follows the calendar here; it cannot be set by hand");
        }
        if (request == null || request.to() == null) {
            throw new RequestRejectedException("to", "must be a date, e.g. 2027-01-31");
        }
        LocalDate date = commands.sendAndWait(new AdvanceBusinessDate(request.to(), officer.getSubject()));
        return new BusinessDateView(date, true);
    }
}
