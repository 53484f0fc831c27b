package io.peerlend.kyc.complaints;

import io.peerlend.kyc.api.ComplaintEscalated;
import io.peerlend.kyc.api.ComplaintEscalation;
import io.peerlend.kyc.api.ComplaintReceipt;
import io.peerlend.kyc.api.ComplaintRequest;
import io.peerlend.kyc.api.ComplaintResolution;
import io.peerlend.kyc.api.ComplaintResponseRequest;
import io.peerlend.kyc.api.ComplaintView;
import io.peerlend.kyc.api.CustomerRole;
import io.peerlend.kyc.api.EscalateComplaint;
import io.peerlend.kyc.api.PersonalDataViewed;
import io.peerlend.kyc.api.RaiseComplaint;
import io.peerlend.kyc.api.RespondToComplaint;
import io.peerlend.kyc.complaints.domain.ComplaintPolicy;
import io.peerlend.kyc.customers.CustomerWords;
import io.peerlend.kyc.customers.PersonalData;
import io.peerlend.platform.security.Roles;
import io.peerlend.platform.web.IdempotencyKeys;
import io.peerlend.platform.web.RequestRejectedException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Complaints: customers raise, read and escalate their own; officers work through them, oldest due first, and send
 * the final response. Opening a complaint's texts for an officer is an audit event like any read of personal data.
 */
@RestController
class ComplaintController {

    private final CommandGateway commands;
    private final EventGateway events;
    private final ComplaintReadModel complaints;
    private final PersonalData personalData;
    private final ComplaintPolicy policy;
    private final Clock clock;
    private final String currency;
    /** The jurisdiction profile, whose ombudsman the acknowledgement names in the customer's language. */
    private final String profile;

    ComplaintController(
            CommandGateway commands,
            EventGateway events,
            ComplaintReadModel complaints,
            PersonalData personalData,
            ComplaintPolicy policy,
            Clock clock,
            @Value("${peerlend.kyc.aml.currency}") String currency,
            @Value("${PEERLEND_PROFILE:uk}") String profile) {
        this.commands = commands;
        this.events = events;
        this.complaints = complaints;
        this.personalData = personalData;
        this.policy = policy;
        this.clock = clock;
        this.currency = currency;
        this.profile = profile;
    }

    @Operation(summary = "Make a complaint (roles borrower, lender); an Idempotency-Key makes a retry the same one")
    @PostMapping("/api/kyc/complaints")
    @ResponseStatus(HttpStatus.CREATED)
    ComplaintReceipt raise(
            @Valid @RequestBody ComplaintRequest request,
            @RequestHeader(value = IdempotencyKeys.HEADER, required = false) String key,
            @AuthenticationPrincipal Jwt customer,
            Authentication auth,
            Locale language) {
        CustomerRole role = request.role() != null
                ? request.role()
                : Roles.has(auth, Roles.BORROWER) ? CustomerRole.BORROWER : CustomerRole.LENDER;
        if (!Roles.has(auth, role.name().toLowerCase())) {
            throw new RequestRejectedException(
                    "role",
                    "your account is not a " + role.name().toLowerCase() + "'s: complain as what you are with us");
        }
        String id = key == null
                ? "cmp-" + UUID.randomUUID()
                : IdempotencyKeys.reference("cmp-", customer.getSubject(), key);
        LocalDate due = commands.sendAndWait(new RaiseComplaint(
                id,
                customer.getSubject(),
                role,
                request.category(),
                blankToNull(request.reference()),
                personalData.seal(customer.getSubject(), request.description().getBytes(StandardCharsets.UTF_8))));
        return new ComplaintReceipt(
                id, "OPEN", due, CustomerWords.complaintAcknowledgement(due.toString(), profile, language));
    }

    @Operation(summary = "Your complaints, newest first (roles borrower, lender)")
    @GetMapping("/api/kyc/complaints/mine")
    List<ComplaintView> mine(@AuthenticationPrincipal Jwt customer) {
        return complaints.ofCustomer(customer.getSubject()).stream()
                .map(c -> view(c, true))
                .toList();
    }

    @Operation(summary = "Refer your complaint to the ombudsman: after the final response, or once it is overdue")
    @PostMapping("/api/kyc/complaints/{id}/escalation")
    ComplaintEscalation escalate(@PathVariable String id, @AuthenticationPrincipal Jwt customer) {
        complaints
                .find(id)
                .filter(c -> c.customerId().equals(customer.getSubject()))
                .orElseThrow(() -> new NoSuchElementException("no complaint " + id));
        ComplaintEscalated.Reason reason = commands.sendAndWait(new EscalateComplaint(id, customer.getSubject()));
        return new ComplaintEscalation(id, "ESCALATED", reason, policy.ombudsman());
    }

    @Operation(summary = "Complaints by status, the oldest due first, without their texts (roles ops, ops-supervisor)")
    @GetMapping("/api/kyc/complaints")
    List<ComplaintView> list(@RequestParam(required = false) ComplaintReadModel.Status status) {
        return complaints.inStatus(status, 200).stream()
                .map(c -> view(c, false))
                .toList();
    }

    @Operation(summary = "One complaint with its texts (roles ops, ops-supervisor; audited)")
    @GetMapping("/api/kyc/complaints/{id}")
    ComplaintView one(@PathVariable String id, @AuthenticationPrincipal Jwt officer, Authentication auth) {
        ComplaintReadModel.Entry c =
                complaints.find(id).orElseThrow(() -> new NoSuchElementException("no complaint " + id));
        events.publish(new PersonalDataViewed(
                c.customerId(),
                officer.getSubject(),
                Roles.has(auth, Roles.OPS_SUPERVISOR) ? Roles.OPS_SUPERVISOR : Roles.OPS,
                "complaint handling",
                clock.instant()));
        return view(c, true);
    }

    @Operation(summary = "Send the final response (roles ops, ops-supervisor)")
    @PostMapping("/api/kyc/complaints/{id}/response")
    ComplaintResolution respond(
            @PathVariable String id,
            @Valid @RequestBody ComplaintResponseRequest request,
            @AuthenticationPrincipal Jwt officer) {
        ComplaintReadModel.Entry c =
                complaints.find(id).orElseThrow(() -> new NoSuchElementException("no complaint " + id));
        long redress = 0;
        if (request.redress() != null && !request.redress().isBlank()) {
            try {
                redress = new BigDecimal(request.redress())
                        .movePointRight(Currency.getInstance(currency).getDefaultFractionDigits())
                        .longValueExact();
            } catch (ArithmeticException e) {
                throw new RequestRejectedException("redress", "has more decimals than " + currency + " allows");
            }
        }
        commands.sendAndWait(new RespondToComplaint(
                id,
                officer.getSubject(),
                request.outcome(),
                personalData.seal(c.customerId(), request.response().getBytes(StandardCharsets.UTF_8)),
                redress,
                currency));
        return new ComplaintResolution(id, "RESOLVED");
    }

    private ComplaintView view(ComplaintReadModel.Entry c, boolean withTexts) {
        boolean overdue = c.status() == ComplaintReadModel.Status.OPEN
                && policy.today(clock).isAfter(c.finalResponseDue());
        String redress = c.currency() == null
                ? null
                : BigDecimal.valueOf(
                                c.redressMinor(),
                                Currency.getInstance(c.currency()).getDefaultFractionDigits())
                        .toPlainString();
        return new ComplaintView(
                c.id(),
                c.customerId(),
                c.role(),
                c.category(),
                c.reference(),
                withTexts ? personalData.openText(c.description()).orElse(null) : null,
                c.raisedAt(),
                c.finalResponseDue(),
                c.ombudsman(),
                c.status().name(),
                overdue,
                c.outcome(),
                withTexts && c.response() != null
                        ? personalData.openText(c.response()).orElse(null)
                        : null,
                redress,
                c.currency(),
                c.resolvedAt(),
                c.withinDeadline(),
                c.escalatedAt(),
                c.escalationReason());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
