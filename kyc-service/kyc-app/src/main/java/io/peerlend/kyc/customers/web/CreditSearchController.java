package io.peerlend.kyc.customers.web;

import io.peerlend.kyc.api.CreditSearchSubject;
import io.peerlend.kyc.api.CustomerStatus;
import io.peerlend.kyc.api.PersonalDataViewed;
import io.peerlend.kyc.customers.PersonalData;
import io.peerlend.kyc.customers.readmodel.CustomerReadModel;
import io.peerlend.platform.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.util.NoSuchElementException;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The identity a credit search needs, for Peerlend's own services only (role peerlend-service): only a verified
 * customer's, and each read is recorded as an audit event naming the service that asked and why.
 */
@RestController
class CreditSearchController {

    static final String PURPOSE = "credit search for a loan application";

    private final CustomerReadModel customers;
    private final PersonalData personalData;
    private final EventGateway events;
    private final Clock clock;

    CreditSearchController(CustomerReadModel customers, PersonalData personalData, EventGateway events, Clock clock) {
        this.customers = customers;
        this.personalData = personalData;
        this.events = events;
        this.clock = clock;
    }

    @Operation(
            summary = "A verified customer's name, date of birth and postcode for a credit search "
                    + "(role peerlend-service; audited)")
    @GetMapping("/api/kyc/customers/{id}/credit-search-subject")
    CreditSearchSubject subject(@PathVariable String id, @AuthenticationPrincipal Jwt service) {
        // anything but a verified customer with their data still held answers as if they did not exist
        CreditSearchSubject subject = customers
                .find(id)
                .filter(c -> c.status() == CustomerStatus.VERIFIED)
                .flatMap(c -> personalData.open(c.personalData()))
                .filter(p -> p.address() != null && p.address().postcode() != null && p.dateOfBirth() != null)
                .map(p -> new CreditSearchSubject(
                        id, p.fullName(), p.dateOfBirth(), p.address().postcode()))
                .orElseThrow(() -> new NoSuchElementException("no verified customer " + id));
        events.publish(new PersonalDataViewed(id, serviceName(service), Roles.SERVICE, PURPOSE, clock.instant()));
        return subject;
    }

    /** Which Peerlend service asked: its client id (a client-credentials token's {@code azp}), else the subject. */
    static String serviceName(Jwt service) {
        return service.getClaimAsString("azp") != null ? service.getClaimAsString("azp") : service.getSubject();
    }
}
