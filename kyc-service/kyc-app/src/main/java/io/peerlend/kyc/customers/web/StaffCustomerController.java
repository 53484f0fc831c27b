package io.peerlend.kyc.customers.web;

import io.peerlend.kyc.api.ClearCustomer;
import io.peerlend.kyc.api.CustomerStatus;
import io.peerlend.kyc.api.CustomerView;
import io.peerlend.kyc.api.DecisionResult;
import io.peerlend.kyc.api.EndRelationship;
import io.peerlend.kyc.api.ErasePersonalData;
import io.peerlend.kyc.api.OfficerDecision;
import io.peerlend.kyc.api.PersonalDataViewed;
import io.peerlend.kyc.api.ReinstateCustomer;
import io.peerlend.kyc.api.RejectCustomer;
import io.peerlend.kyc.api.RelatedPartyRequest;
import io.peerlend.kyc.api.RelationshipEndView;
import io.peerlend.kyc.api.ScreeningHit;
import io.peerlend.kyc.api.Sealed;
import io.peerlend.kyc.api.SetRelatedParty;
import io.peerlend.kyc.api.SuspendCustomer;
import io.peerlend.kyc.customers.PersonalData;
import io.peerlend.kyc.customers.readmodel.CustomerReadModel;
import io.peerlend.kyc.customers.readmodel.RelatedPartyFlags;
import io.peerlend.kyc.customers.readmodel.StaffNotes;
import io.peerlend.platform.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operations staff: the review queue, a customer's record (personal data masked, and every read recorded as an
 * audit event), and the decisions. Four eyes for blocking hits is enforced by the customer aggregate.
 */
@RestController
class StaffCustomerController {

    private final CustomerReadModel customers;
    private final StaffNotes staffNotes;
    private final RelatedPartyFlags relatedParties;
    private final PersonalData personalData;
    private final CommandGateway commands;
    private final EventGateway events;
    private final Clock clock;
    private final Period retention;

    StaffCustomerController(
            CustomerReadModel customers,
            StaffNotes staffNotes,
            RelatedPartyFlags relatedParties,
            PersonalData personalData,
            CommandGateway commands,
            EventGateway events,
            Clock clock,
            @Value("${peerlend.kyc.retention-after-relationship:P5Y}") Period retention) {
        this.customers = customers;
        this.staffNotes = staffNotes;
        this.relatedParties = relatedParties;
        this.personalData = personalData;
        this.commands = commands;
        this.events = events;
        this.clock = clock;
        this.retention = retention;
    }

    @Operation(summary = "Customers waiting for an officer, oldest first (roles ops, ops-supervisor; audited)")
    @GetMapping("/api/kyc/reviews")
    List<CustomerView> reviews(@AuthenticationPrincipal Jwt officer, Authentication auth) {
        return customers.awaitingReview(100).stream()
                .map(c -> staffView(c, officer, auth, "review queue"))
                .toList();
    }

    @Operation(summary = "One customer's record, personal data masked (roles ops, ops-supervisor; audited)")
    @GetMapping("/api/kyc/customers/{id}")
    CustomerView customer(@PathVariable String id, @AuthenticationPrincipal Jwt officer, Authentication auth) {
        return customers
                .find(id)
                .map(c -> staffView(c, officer, auth, "customer record"))
                .orElseThrow(() -> new NoSuchElementException("no customer " + id));
    }

    @Operation(
            summary = "Clear a referral; for a blocking hit or a high-risk customer (enhanced due diligence, source of"
                    + " funds declared), propose (ops) then approve (another, ops-supervisor)")
    @PostMapping("/api/kyc/customers/{id}/clearance")
    DecisionResult clear(
            @PathVariable String id,
            @Valid @RequestBody OfficerDecision decision,
            @AuthenticationPrincipal Jwt officer,
            Authentication auth) {
        return decided(
                id,
                send(new ClearCustomer(
                        id,
                        officer.getSubject(),
                        Roles.has(auth, Roles.OPS_SUPERVISOR),
                        decision.note(),
                        note(id, decision))));
    }

    @Operation(summary = "Reject a referred customer, e.g. a confirmed sanctions match (roles ops, ops-supervisor)")
    @PostMapping("/api/kyc/customers/{id}/rejection")
    DecisionResult reject(
            @PathVariable String id,
            @Valid @RequestBody OfficerDecision decision,
            @AuthenticationPrincipal Jwt officer) {
        return decided(id, send(new RejectCustomer(id, officer.getSubject(), decision.note(), note(id, decision))));
    }

    @Operation(summary = "Suspend a verified customer (roles ops, ops-supervisor)")
    @PostMapping("/api/kyc/customers/{id}/suspension")
    DecisionResult suspend(
            @PathVariable String id,
            @Valid @RequestBody OfficerDecision decision,
            @AuthenticationPrincipal Jwt officer) {
        return decided(id, send(new SuspendCustomer(id, decision.note(), officer.getSubject(), note(id, decision))));
    }

    @Operation(summary = "Reinstate a suspended customer (roles ops, ops-supervisor)")
    @PostMapping("/api/kyc/customers/{id}/reinstatement")
    DecisionResult reinstate(@PathVariable String id, @AuthenticationPrincipal Jwt officer) {
        return decided(id, send(new ReinstateCustomer(id, officer.getSubject())));
    }

    @Operation(summary = "Record that the customer left; personal data is kept for the retention period (ops)")
    @PostMapping("/api/kyc/customers/{id}/relationship-end")
    RelationshipEndView endRelationship(@PathVariable String id, @AuthenticationPrincipal Jwt officer) {
        LocalDate retainUntil = send(new EndRelationship(id, retention, officer.getSubject()));
        return new RelationshipEndView(id, retainUntil);
    }

    @Operation(
            summary = "Record how a customer is related to the platform (staff, shareholder, close family) or that"
                    + " they are not (roles ops, ops-supervisor)")
    @PostMapping("/api/kyc/customers/{id}/related-party")
    RelatedPartyRequest relatedParty(
            @PathVariable String id, @RequestBody RelatedPartyRequest request, @AuthenticationPrincipal Jwt officer) {
        send(new SetRelatedParty(id, request.relation(), officer.getSubject()));
        return request;
    }

    @Operation(summary = "Erase a former customer's personal data after retention (role ops-supervisor)")
    @PostMapping("/api/kyc/customers/{id}/erasure")
    DecisionResult erase(@PathVariable String id, @AuthenticationPrincipal Jwt officer) {
        send(new ErasePersonalData(id, officer.getSubject()));
        return new DecisionResult(id, CustomerStatus.ERASED, List.of());
    }

    private CustomerView staffView(CustomerReadModel.Entry c, Jwt officer, Authentication auth, String purpose) {
        var personal =
                personalData.open(c.personalData()).map(PersonalData::masked).orElse(null);
        if (personal != null) {
            events.publish(new PersonalDataViewed(
                    c.id(),
                    officer.getSubject(),
                    Roles.has(auth, Roles.OPS_SUPERVISOR) ? Roles.OPS_SUPERVISOR : Roles.OPS,
                    purpose,
                    clock.instant()));
        }
        // what staff alone may know is kept sealed (StaffNotes): opened here, for this view only
        StaffNotes.Entry notes = staffNotes.find(c.id()).orElse(null);
        List<String> riskFactors = new ArrayList<>();
        List<String> reasons = new ArrayList<>(orEmpty(c.reasons()));
        List<ScreeningHit> hits = new ArrayList<>(orEmpty(c.screeningHits()));
        if (notes != null) {
            notes.riskReasons().forEach(r -> personalData.openText(r).ifPresent(riskFactors::add));
            personalData.openFindings(notes.screening()).ifPresent(f -> {
                riskFactors.addAll(f.riskFactors());
                if (hits.isEmpty()) {
                    hits.addAll(f.hits());
                }
            });
            personalData.openFindings(notes.rescreening()).ifPresent(f -> {
                hits.clear();
                hits.addAll(f.hits());
            });
            if (c.status() == CustomerStatus.REJECTED || c.status() == CustomerStatus.SUSPENDED) {
                personalData.openText(notes.decisionNote()).ifPresent(reasons::add);
            }
        }
        riskFactors.addAll(orEmpty(c.riskFactors()));
        return new CustomerView(
                c.id(),
                c.status(),
                c.roles(),
                c.riskRating(),
                riskFactors.stream().distinct().toList(),
                reasons,
                c.reverifyBy(),
                hits,
                c.clearanceProposedBy(),
                personal,
                c.submittedAt(),
                c.updatedAt(),
                orEmpty(c.evidence()),
                // personal, like the details: shown only when they are (a view with a purpose, recorded)
                personal != null && notes != null
                        ? personalData.openSourceOfFunds(notes.sourceOfFunds()).orElse(null)
                        : null,
                relatedParties.of(c.id()));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** An officer's words about a customer are personal data: they reach the event store only sealed. */
    private Sealed note(String customerId, OfficerDecision decision) {
        return personalData.seal(customerId, decision.note().getBytes(StandardCharsets.UTF_8));
    }

    private <R> R send(Object command) {
        try {
            return commands.sendAndWait(command);
        } catch (AggregateNotFoundException e) {
            throw new NoSuchElementException("no customer with that id");
        }
    }

    private static DecisionResult decided(String id, CustomerStatus status) {
        return new DecisionResult(id, status, List.of());
    }
}
