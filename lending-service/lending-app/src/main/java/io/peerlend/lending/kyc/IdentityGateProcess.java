package io.peerlend.lending.kyc;

import io.peerlend.kyc.api.CustomerReferred;
import io.peerlend.kyc.api.CustomerReinstated;
import io.peerlend.kyc.api.CustomerRejected;
import io.peerlend.kyc.api.CustomerReverificationDue;
import io.peerlend.kyc.api.CustomerRole;
import io.peerlend.kyc.api.CustomerStatus;
import io.peerlend.kyc.api.CustomerSuspended;
import io.peerlend.kyc.api.CustomerVerified;
import io.peerlend.kyc.api.PersonalDataErased;
import io.peerlend.kyc.api.RelationshipEnded;
import io.peerlend.lending.api.commands.ConfirmBorrowerIdentity;
import io.peerlend.lending.api.commands.LiftBorrowerRestriction;
import io.peerlend.lending.api.commands.LiftLenderRestriction;
import io.peerlend.lending.api.commands.RestrictBorrower;
import io.peerlend.lending.api.commands.RestrictLender;
import io.peerlend.lending.api.events.LoanApplicationSubmitted;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/**
 * Step "waiting for KYC" of an application: it proceeds only once the KYC service has verified its borrower, and a
 * customer who is suspended, referred or rejected stops borrowing. Follows the KYC service's published events from
 * the shared store (suspension, referral, rejection, a re-verification falling due, leaving), and keeps, in the same processing group (so in event order), which customers may borrow and which
 * applications wait for them. Idempotent: confirming twice changes nothing.
 */
@Component
@ProcessingGroup(IdentityGateProcess.GROUP)
public class IdentityGateProcess {

    public static final String GROUP = "lending-kyc-gate";
    static final String COLLECTION = "kyc_gate";

    @Document(COLLECTION)
    record Customer(
            @Id String id,
            boolean mayBorrow,
            boolean mayLend,
            Set<CustomerRole> roles,
            List<String> waitingApplications) {}

    private final MongoTemplate mongo;
    private final CommandGateway commands;

    IdentityGateProcess(MongoTemplate mongo, CommandGateway commands) {
        this.mongo = mongo;
        this.commands = commands;
    }

    @EventHandler
    void on(LoanApplicationSubmitted event) {
        Customer customer = find(event.borrowerId());
        if (customer.mayBorrow()) {
            commands.sendAndWait(new ConfirmBorrowerIdentity(event.applicationId()));
        } else if (!customer.waitingApplications().contains(event.applicationId())) {
            List<String> waiting = new ArrayList<>(customer.waitingApplications());
            waiting.add(event.applicationId());
            mongo.save(new Customer(customer.id(), false, customer.mayLend(), customer.roles(), waiting), COLLECTION);
        }
    }

    @EventHandler
    void on(CustomerVerified event) {
        allow(event.customerId(), event.roles());
    }

    @EventHandler
    void on(CustomerReinstated event) {
        allow(event.customerId(), find(event.customerId()).roles());
    }

    @EventHandler
    void on(CustomerSuspended event) {
        // the officer's note stays in KYC (it may tell of a suspicion report): lending records a neutral reason
        stop(event.customerId(), "identity suspended", false);
    }

    @EventHandler
    void on(CustomerReferred event) {
        boolean sanctions = event.status() == CustomerStatus.BLOCKED;
        stop(
                event.customerId(),
                sanctions ? "blocked: a sanctions list match, assets frozen until cleared" : "referred for review",
                sanctions);
    }

    @EventHandler
    void on(CustomerRejected event) {
        stop(event.customerId(), "identity rejected", false);
    }

    @EventHandler
    void on(CustomerReverificationDue event) {
        stop(event.customerId(), "identity re-verification due", false);
    }

    @EventHandler
    void on(RelationshipEnded event) {
        stop(event.customerId(), "relationship ended", false);
    }

    @EventHandler
    void on(PersonalDataErased event) {
        stop(event.customerId(), "personal data erased", false);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(COLLECTION);
    }

    /** Whether the customer is currently verified for lending (used by the lender side). */
    public boolean mayLend(String customerId) {
        return find(customerId).mayLend();
    }

    public boolean mayBorrow(String customerId) {
        return find(customerId).mayBorrow();
    }

    private void allow(String customerId, Set<CustomerRole> roles) {
        Customer customer = find(customerId);
        boolean borrower = roles.contains(CustomerRole.BORROWER);
        if (borrower) {
            // confirm first, then forget: a failure here leaves the applications waiting, and the retry finds them
            for (String application : customer.waitingApplications()) {
                commands.sendAndWait(new ConfirmBorrowerIdentity(application));
            }
        }
        lift(customerId, roles);
        mongo.save(
                new Customer(
                        customerId,
                        borrower,
                        roles.contains(CustomerRole.LENDER),
                        Set.copyOf(roles),
                        borrower ? List.of() : customer.waitingApplications()),
                COLLECTION);
    }

    /**
     * Tells the customer's lending aggregates, which re-check at funding, payout, offering, auto-investing and
     * withdrawal (this gate's answers are only the door).
     */
    private void stop(String customerId, String reason, boolean freeze) {
        Customer customer = find(customerId);
        if (customer.roles().contains(CustomerRole.BORROWER)) {
            commands.sendAndWait(new RestrictBorrower(customerId, freeze, reason));
        }
        if (customer.roles().contains(CustomerRole.LENDER)) {
            commands.sendAndWait(new RestrictLender(customerId, freeze, reason));
        }
        mongo.save(
                new Customer(customerId, false, false, customer.roles(), customer.waitingApplications()), COLLECTION);
    }

    private void lift(String customerId, Set<CustomerRole> roles) {
        try {
            if (roles.contains(CustomerRole.BORROWER)) {
                commands.sendAndWait(new LiftBorrowerRestriction(customerId, "verified"));
            }
        } catch (AggregateNotFoundException neverRestricted) {
            // nothing to lift
        }
        try {
            if (roles.contains(CustomerRole.LENDER)) {
                commands.sendAndWait(new LiftLenderRestriction(customerId, "verified"));
            }
        } catch (AggregateNotFoundException neverRestricted) {
            // nothing to lift
        }
    }

    private Customer find(String customerId) {
        Customer customer = mongo.findById(customerId, Customer.class, COLLECTION);
        return customer != null ? customer : new Customer(customerId, false, false, Set.of(), List.of());
    }
}
