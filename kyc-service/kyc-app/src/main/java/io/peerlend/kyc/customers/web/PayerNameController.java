package io.peerlend.kyc.customers.web;

import io.peerlend.kyc.api.PayerNameCheck;
import io.peerlend.kyc.api.PersonalDataViewed;
import io.peerlend.kyc.checks.sanctions.PayerNames;
import io.peerlend.kyc.customers.PersonalData;
import io.peerlend.kyc.customers.readmodel.CustomerReadModel;
import io.peerlend.platform.security.Roles;
import io.peerlend.platform.web.RequestRejectedException;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.util.NoSuchElementException;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whether the account a customer's money came from is in their own name ({@link PayerNames}), for Peerlend's own
 * services (role peerlend-service): the lending service asks as each deposit settles, and AML monitoring judges what
 * it records. The answer is yes or no; the customer's name never leaves, and each comparison is recorded as an audit
 * event like any other use of the customer's data.
 */
@RestController
class PayerNameController {

    static final String PURPOSE = "payer name check for a payment received";
    private static final int LONGEST_NAME = 140;

    private final CustomerReadModel customers;
    private final PersonalData personalData;
    private final EventGateway events;
    private final Clock clock;

    PayerNameController(CustomerReadModel customers, PersonalData personalData, EventGateway events, Clock clock) {
        this.customers = customers;
        this.personalData = personalData;
        this.events = events;
        this.clock = clock;
    }

    @Operation(
            summary = "Whether a payment's payer name is the customer's own (role peerlend-service; audited; the"
                    + " customer's name is never returned)")
    @PostMapping("/api/kyc/customers/{id}/payer-name-check")
    PayerNameCheck.Result check(
            @PathVariable String id, @RequestBody PayerNameCheck request, @AuthenticationPrincipal Jwt service) {
        if (request == null
                || request.payerName() == null
                || request.payerName().isBlank()) {
            throw new RequestRejectedException("payerName", "must not be blank");
        }
        if (request.payerName().length() > LONGEST_NAME) {
            throw new RequestRejectedException("payerName", "must be at most " + LONGEST_NAME + " characters");
        }
        String fullName = customers
                .find(id)
                .flatMap(c -> personalData.open(c.personalData()))
                .map(p -> p.fullName())
                .orElseThrow(() -> new NoSuchElementException("no customer " + id + " with personal data held"));
        events.publish(new PersonalDataViewed(
                id, CreditSearchController.serviceName(service), Roles.SERVICE, PURPOSE, clock.instant()));
        return new PayerNameCheck.Result(PayerNames.sameName(fullName, request.payerName()));
    }
}
