package io.peerlend.kyc.customers.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.peerlend.kyc.api.AddPushSubscription;
import io.peerlend.kyc.api.ClearCustomer;
import io.peerlend.kyc.api.ClearanceProposed;
import io.peerlend.kyc.api.CustomerReferred;
import io.peerlend.kyc.api.CustomerReinstated;
import io.peerlend.kyc.api.CustomerRejected;
import io.peerlend.kyc.api.CustomerRescreened;
import io.peerlend.kyc.api.CustomerReverificationDue;
import io.peerlend.kyc.api.CustomerRiskRaised;
import io.peerlend.kyc.api.CustomerRole;
import io.peerlend.kyc.api.CustomerStatus;
import io.peerlend.kyc.api.CustomerSuspended;
import io.peerlend.kyc.api.CustomerVerified;
import io.peerlend.kyc.api.DeclareSourceOfFunds;
import io.peerlend.kyc.api.EndRelationship;
import io.peerlend.kyc.api.ErasePersonalData;
import io.peerlend.kyc.api.NotificationPreferencesSet;
import io.peerlend.kyc.api.NotificationTopic;
import io.peerlend.kyc.api.OnboardingSubmitted;
import io.peerlend.kyc.api.PersonalDataErased;
import io.peerlend.kyc.api.PushSubscriptionAdded;
import io.peerlend.kyc.api.PushSubscriptionRemoved;
import io.peerlend.kyc.api.RaiseRiskRating;
import io.peerlend.kyc.api.RecordRescreening;
import io.peerlend.kyc.api.ReinstateCustomer;
import io.peerlend.kyc.api.RejectCustomer;
import io.peerlend.kyc.api.RelatedParty;
import io.peerlend.kyc.api.RelatedPartySet;
import io.peerlend.kyc.api.RelationshipEnded;
import io.peerlend.kyc.api.RemovePushSubscription;
import io.peerlend.kyc.api.RequireReverification;
import io.peerlend.kyc.api.RiskRating;
import io.peerlend.kyc.api.SetNotificationPreferences;
import io.peerlend.kyc.api.SetRelatedParty;
import io.peerlend.kyc.api.SourceOfFundsDeclared;
import io.peerlend.kyc.api.SubmitOnboarding;
import io.peerlend.kyc.api.SuspendCustomer;
import io.peerlend.kyc.api.SwitchOffTopic;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * A person known to the platform, identified by their Keycloak subject. Decides who may borrow or lend; holds only
 * what its rules need (never personal data in clear). Event-sourced: state is assigned only from events.
 */
public class Customer {

    static final String SYSTEM = "system";
    static final int MAX_PUSH_DEVICES = 5;

    @AggregateIdentifier
    private String customerId;

    private CustomerStatus status;
    private boolean finalRejection;
    private Set<CustomerRole> roles;
    private RiskRating riskRating;
    private String clearanceProposedBy;
    private boolean sourceOfFundsDeclared;
    private String lastListsVersion;
    private LocalDate retainUntil;
    private LocalDate reverifyBy;
    private String language;
    private Set<NotificationTopic> optedOut = Set.of();
    private Set<String> pushDevices = Set.of();
    private RelatedParty relatedParty;

    protected Customer() {
        // for Axon
    }

    /** A first onboarding, a new attempt after a document was rejected, or a periodic re-verification. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    OnboardingPolicy.Outcome handle(
            SubmitOnboarding c, OnboardingPolicy policy, ReverificationPolicy reverification, Clock clock) {
        boolean retry = status == CustomerStatus.REJECTED && !finalRejection;
        if (status != null && !retry && status != CustomerStatus.REVERIFICATION_DUE) {
            throw new CustomerRuleBroken("already onboarded: the customer is " + status);
        }
        Instant now = clock.instant();
        // what screening found goes into the event sealed when the caller sealed it (the plain lists decide only)
        boolean sealed = c.screening() != null;
        apply(new OnboardingSubmitted(
                c.customerId(),
                c.roles(),
                c.personalData(),
                c.documentType(),
                c.documentValid(),
                c.documentFailures(),
                c.screeningDecision(),
                sealed ? null : c.screeningHits(),
                c.listsVersion(),
                c.riskRating(),
                sealed ? null : c.riskFactors(),
                now,
                c.screening(),
                c.evidence()));
        OnboardingPolicy.Outcome outcome = policy.decide(c);
        switch (outcome.status()) {
            case VERIFIED ->
                apply(new CustomerVerified(
                        c.customerId(),
                        c.roles(),
                        c.riskRating(),
                        reverification.reverifyBy(c.riskRating(), today(clock)),
                        SYSTEM,
                        now));
            case REJECTED -> apply(new CustomerRejected(c.customerId(), outcome.reasons(), false, SYSTEM, now));
            default -> apply(new CustomerReferred(c.customerId(), outcome.status(), outcome.reasons(), now));
        }
        return outcome;
    }

    /**
     * One officer clears a review; a block, and a high-risk customer's review (enhanced due diligence), take an
     * officer's proposal and a different supervisor's approval, and the high-risk customer's declared source of funds.
     */
    @CommandHandler
    CustomerStatus handle(ClearCustomer c, ReverificationPolicy reverification, Clock clock) {
        boolean enhanced = status == CustomerStatus.IN_REVIEW && riskRating == RiskRating.HIGH;
        if (status == CustomerStatus.IN_REVIEW && !enhanced) {
            verify(c.officerId(), reverification, clock);
        } else if (status == CustomerStatus.BLOCKED || enhanced) {
            if (enhanced && !sourceOfFundsDeclared) {
                throw new CustomerRuleBroken(
                        "enhanced due diligence: the customer has not declared their source of funds yet");
            }
            if (clearanceProposedBy == null) {
                apply(new ClearanceProposed(
                        customerId,
                        c.officerId(),
                        c.sealedNote() != null ? null : c.note(),
                        clock.instant(),
                        c.sealedNote()));
                return status;
            }
            if (c.officerId().equals(clearanceProposedBy)) {
                throw new CustomerRuleBroken("four eyes: the officer who proposed the clearance cannot approve it");
            }
            if (!c.supervisor()) {
                throw new CustomerRuleBroken("four eyes: a supervising officer must approve the clearance");
            }
            verify(c.officerId(), reverification, clock);
        } else {
            throw new CustomerRuleBroken("nothing to clear: the customer is " + status);
        }
        return status;
    }

    /** The customer's account of where their money comes from, for enhanced due diligence; kept sealed. */
    @CommandHandler
    void handle(DeclareSourceOfFunds c, Clock clock) {
        if (status == CustomerStatus.ERASED) {
            throw new CustomerRuleBroken("the customer's personal data is erased");
        }
        apply(new SourceOfFundsDeclared(customerId, c.declaration(), clock.instant()));
    }

    /** A required topic cannot be switched off: the platform must tell the customer of it. */
    @CommandHandler
    void handle(SetNotificationPreferences c, Clock clock) {
        if (status == CustomerStatus.ERASED) {
            throw new CustomerRuleBroken("the customer's personal data is erased");
        }
        refuseRequired(c.optedOut());
        apply(new NotificationPreferencesSet(customerId, c.language(), Set.copyOf(c.optedOut()), clock.instant()));
    }

    /** One topic off, every other choice kept; a repeated click changes nothing. */
    @CommandHandler
    void handle(SwitchOffTopic c, Clock clock) {
        if (status == CustomerStatus.ERASED) {
            throw new CustomerRuleBroken("the customer's personal data is erased");
        }
        refuseRequired(Set.of(c.topic()));
        if (optedOut.contains(c.topic())) {
            return;
        }
        Set<NotificationTopic> topics = EnumSet.of(c.topic());
        topics.addAll(optedOut);
        apply(new NotificationPreferencesSet(customerId, language, Set.copyOf(topics), clock.instant()));
    }

    /** A device that receives web push; the same device subscribing again refreshes its keys. */
    @CommandHandler
    void handle(AddPushSubscription c, Clock clock) {
        if (status == CustomerStatus.ERASED) {
            throw new CustomerRuleBroken("the customer's personal data is erased");
        }
        if (!pushDevices.contains(c.deviceId()) && pushDevices.size() >= MAX_PUSH_DEVICES) {
            throw new CustomerRuleBroken(
                    "at most " + MAX_PUSH_DEVICES + " devices receive push notifications: turn one off first");
        }
        apply(new PushSubscriptionAdded(customerId, c.deviceId(), c.subscription(), clock.instant()));
    }

    @CommandHandler
    void handle(RemovePushSubscription c, Clock clock) {
        if (pushDevices.contains(c.deviceId())) {
            apply(new PushSubscriptionRemoved(customerId, c.deviceId(), c.reason(), clock.instant()));
        }
    }

    /** Related to the platform or not, as declared or as an officer found; the same again changes nothing. */
    @CommandHandler
    void handle(SetRelatedParty c, Clock clock) {
        if (status == CustomerStatus.ERASED) {
            throw new CustomerRuleBroken("the customer's personal data is erased");
        }
        if (c.relation() != relatedParty) {
            apply(new RelatedPartySet(customerId, c.relation(), c.by(), clock.instant()));
        }
    }

    private static void refuseRequired(Set<NotificationTopic> optedOut) {
        List<String> required = optedOut.stream()
                .filter(topic -> topic.required() || topic.staff())
                .map(Enum::name)
                .sorted()
                .toList();
        if (!required.isEmpty()) {
            throw new CustomerRuleBroken("these cannot be switched off: " + String.join(", ", required));
        }
    }

    @CommandHandler
    CustomerStatus handle(RejectCustomer c, Clock clock) {
        if (status != CustomerStatus.IN_REVIEW && status != CustomerStatus.BLOCKED) {
            throw new CustomerRuleBroken("only a referred customer can be rejected: the customer is " + status);
        }
        apply(new CustomerRejected(
                customerId,
                c.sealedNote() != null ? List.of() : List.of(c.reason()),
                true,
                c.officerId(),
                clock.instant(),
                c.sealedNote()));
        return status;
    }

    @CommandHandler
    CustomerStatus handle(SuspendCustomer c, Clock clock) {
        if (status != CustomerStatus.VERIFIED) {
            throw new CustomerRuleBroken("only a verified customer can be suspended: the customer is " + status);
        }
        apply(new CustomerSuspended(
                customerId, c.sealedNote() != null ? null : c.reason(), c.by(), clock.instant(), c.sealedNote()));
        return status;
    }

    @CommandHandler
    CustomerStatus handle(ReinstateCustomer c, Clock clock) {
        if (status != CustomerStatus.SUSPENDED) {
            throw new CustomerRuleBroken("only a suspended customer can be reinstated: the customer is " + status);
        }
        apply(new CustomerReinstated(customerId, c.by(), clock.instant()));
        return status;
    }

    /** A new list match takes a verified customer out of lending until an officer decides again. */
    @CommandHandler
    void handle(RecordRescreening c, Clock clock) {
        if (status == CustomerStatus.ERASED || c.listsVersion().equals(lastListsVersion)) {
            return; // already screened against these lists: a redelivered reload changes nothing
        }
        Instant now = clock.instant();
        apply(new CustomerRescreened(
                customerId,
                c.decision(),
                c.sealedHits() != null ? null : c.hits(),
                c.listsVersion(),
                now,
                c.sealedHits()));
        if (status == CustomerStatus.VERIFIED && !"CLEAR".equals(c.decision())) {
            boolean block = "BLOCK".equals(c.decision());
            apply(new CustomerSuspended(customerId, "new match after the sanctions lists were reloaded", SYSTEM, now));
            apply(new CustomerReferred(
                    customerId,
                    block ? CustomerStatus.BLOCKED : CustomerStatus.IN_REVIEW,
                    List.of(block ? OnboardingPolicy.STRONG_MATCH : OnboardingPolicy.POSSIBLE_MATCH),
                    now));
        } else if (status == CustomerStatus.IN_REVIEW && "BLOCK".equals(c.decision())) {
            // one officer may clear a possible match; a confirmed one needs an officer and a supervisor
            apply(new CustomerReferred(
                    customerId, CustomerStatus.BLOCKED, List.of(OnboardingPolicy.STRONG_MATCH), now));
        }
    }

    /** Behaviour only raises the rating; the earlier of the two re-verification dates holds. */
    @CommandHandler
    void handle(RaiseRiskRating c, ReverificationPolicy reverification, Clock clock) {
        if (status == CustomerStatus.ERASED || riskRating != null && c.rating().compareTo(riskRating) <= 0) {
            return;
        }
        LocalDate sooner = reverification.reverifyBy(c.rating(), today(clock));
        apply(new CustomerRiskRaised(
                customerId,
                c.rating(),
                c.sealedReason() != null ? null : c.reason(),
                reverifyBy == null || sooner.isBefore(reverifyBy) ? sooner : reverifyBy,
                clock.instant(),
                c.sealedReason()));
    }

    /** Only a verified customer's verification can run out; the job may ask twice. */
    @CommandHandler
    void handle(RequireReverification c, Clock clock) {
        if (status == CustomerStatus.VERIFIED
                && reverifyBy != null
                && !c.today().isBefore(reverifyBy)
                && retainUntil == null) {
            apply(new CustomerReverificationDue(customerId, reverifyBy, clock.instant()));
        }
    }

    @CommandHandler
    LocalDate handle(EndRelationship c, Clock clock) {
        if (status == CustomerStatus.ERASED || retainUntil != null) {
            throw new CustomerRuleBroken("the relationship has already ended");
        }
        apply(new RelationshipEnded(customerId, today(clock).plus(c.retention()), c.by(), clock.instant()));
        return retainUntil;
    }

    /**
     * Erasure before the end of the retention period would break the platform's legal record-keeping duty. The key is
     * destroyed before the erasure is recorded: if it cannot be, nothing says it was.
     */
    @CommandHandler
    void handle(ErasePersonalData c, Clock clock, PersonalDataShredder shredder) {
        if (status == CustomerStatus.ERASED) {
            return;
        }
        if (retainUntil == null) {
            throw new CustomerRuleBroken("the relationship has not ended: personal data must be kept");
        }
        if (today(clock).isBefore(retainUntil)) {
            throw new CustomerRuleBroken("personal data must be kept until " + retainUntil);
        }
        shredder.shred(customerId);
        apply(new PersonalDataErased(customerId, c.by(), clock.instant()));
    }

    private void verify(String by, ReverificationPolicy reverification, Clock clock) {
        apply(new CustomerVerified(
                customerId,
                roles,
                riskRating,
                reverification.reverifyBy(riskRating, today(clock)),
                by,
                clock.instant()));
    }

    private static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    @EventSourcingHandler
    void on(OnboardingSubmitted e) {
        customerId = e.customerId();
        roles = e.roles();
        riskRating = e.riskRating();
        lastListsVersion = e.listsVersion();
        clearanceProposedBy = null;
    }

    @EventSourcingHandler
    void on(CustomerVerified e) {
        status = CustomerStatus.VERIFIED;
        reverifyBy = e.reverifyBy();
        clearanceProposedBy = null;
    }

    @EventSourcingHandler
    void on(CustomerReferred e) {
        status = e.status();
        clearanceProposedBy = null;
    }

    @EventSourcingHandler
    void on(ClearanceProposed e) {
        clearanceProposedBy = e.proposedBy();
    }

    @EventSourcingHandler
    void on(CustomerRejected e) {
        status = CustomerStatus.REJECTED;
        finalRejection = e.finalDecision();
    }

    @EventSourcingHandler
    void on(CustomerSuspended e) {
        status = CustomerStatus.SUSPENDED;
    }

    @EventSourcingHandler
    void on(CustomerReinstated e) {
        status = CustomerStatus.VERIFIED;
    }

    @EventSourcingHandler
    void on(CustomerRescreened e) {
        lastListsVersion = e.listsVersion();
    }

    @EventSourcingHandler
    void on(RelationshipEnded e) {
        retainUntil = e.retainUntil();
    }

    @EventSourcingHandler
    void on(CustomerRiskRaised e) {
        riskRating = e.rating();
        reverifyBy = e.reverifyBy();
    }

    @EventSourcingHandler
    void on(CustomerReverificationDue e) {
        status = CustomerStatus.REVERIFICATION_DUE;
    }

    @EventSourcingHandler
    void on(SourceOfFundsDeclared e) {
        sourceOfFundsDeclared = true;
    }

    @EventSourcingHandler
    void on(NotificationPreferencesSet e) {
        language = e.language();
        optedOut = e.optedOut() == null ? Set.of() : Set.copyOf(e.optedOut());
    }

    @EventSourcingHandler
    void on(PushSubscriptionAdded e) {
        pushDevices = plus(pushDevices, e.deviceId());
    }

    @EventSourcingHandler
    void on(PushSubscriptionRemoved e) {
        pushDevices = pushDevices.stream().filter(d -> !d.equals(e.deviceId())).collect(Collectors.toUnmodifiableSet());
    }

    private static Set<String> plus(Set<String> devices, String device) {
        return Stream.concat(devices.stream(), Stream.of(device)).collect(Collectors.toUnmodifiableSet());
    }

    @EventSourcingHandler
    void on(RelatedPartySet e) {
        relatedParty = e.relation();
    }

    @EventSourcingHandler
    void on(PersonalDataErased e) {
        status = CustomerStatus.ERASED;
    }
}
