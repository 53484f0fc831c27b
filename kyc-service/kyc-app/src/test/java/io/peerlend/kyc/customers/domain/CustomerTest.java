package io.peerlend.kyc.customers.domain;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.peerlend.kyc.api.IdentityEvidence;
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
import io.peerlend.kyc.api.ScreeningHit;
import io.peerlend.kyc.api.Sealed;
import io.peerlend.kyc.api.SetNotificationPreferences;
import io.peerlend.kyc.api.SetRelatedParty;
import io.peerlend.kyc.api.SourceOfFundsDeclared;
import io.peerlend.kyc.api.SubmitOnboarding;
import io.peerlend.kyc.api.SuspendCustomer;
import io.peerlend.kyc.api.SwitchOffTopic;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CustomerTest {

    private static final String ID = "kc-subject-1";
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final Sealed PERSONAL = new Sealed(ID, "c2VhbGVk");
    private static final Sealed FAILURES = new Sealed(ID, "ZmFpbHVyZXM=");
    private static final List<ScreeningHit> HIT =
            List.of(new ScreeningHit("OFAC-SDN", "1572", "NORIEGA, Manuel Antonio", 1.0));
    private static final Set<CustomerRole> BORROWER = Set.of(CustomerRole.BORROWER);

    private AggregateTestFixture<Customer> fixture;
    private final List<String> shredded = new ArrayList<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Customer.class);
        fixture.registerInjectableResource(new OnboardingPolicy());
        fixture.registerInjectableResource(ReverificationPolicy.DEFAULT);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource((PersonalDataShredder) shredded::add);
    }

    private static SubmitOnboarding onboarding(
            boolean documentValid, String screening, List<ScreeningHit> hits, RiskRating risk, boolean provesIdentity) {
        return new SubmitOnboarding(
                ID,
                BORROWER,
                PERSONAL,
                provesIdentity ? "MRZ" : "UK_NINO",
                provesIdentity,
                documentValid,
                FAILURES,
                screening,
                hits,
                "lists-1",
                risk,
                List.of());
    }

    private static OnboardingSubmitted submitted(SubmitOnboarding c) {
        return new OnboardingSubmitted(
                ID,
                c.roles(),
                c.personalData(),
                c.documentType(),
                c.documentValid(),
                c.documentFailures(),
                c.screeningDecision(),
                c.screeningHits(),
                c.listsVersion(),
                c.riskRating(),
                c.riskFactors(),
                NOW,
                c.screening(),
                c.evidence());
    }

    private static final SubmitOnboarding CLEAN = onboarding(true, "CLEAR", List.of(), RiskRating.LOW, true);
    private static final SubmitOnboarding LISTED = onboarding(true, "BLOCK", HIT, RiskRating.LOW, true);
    private static final SubmitOnboarding POSSIBLE = onboarding(true, "REVIEW", HIT, RiskRating.LOW, true);

    private static CustomerVerified verified(String by, RiskRating risk, int years) {
        return new CustomerVerified(ID, BORROWER, risk, LocalDate.of(2026 + years, 11, 26), by, NOW);
    }

    @Test
    void givenAValidDocumentAndAClearScreening_whenOnboarded_thenVerifiedForFiveYears() {
        fixture.givenNoPriorActivity()
                .when(CLEAN)
                .expectEvents(submitted(CLEAN), verified("system", RiskRating.LOW, 5))
                .expectResultMessagePayload(new OnboardingPolicy.Outcome(CustomerStatus.VERIFIED, List.of()));
    }

    @Test
    void givenADocumentThatStatesNobodyButAnElectronicMatch_whenOnboarded_thenVerifiedWithoutAnOfficer() {
        SubmitOnboarding nino = onboarding(true, "CLEAR", List.of(), RiskRating.LOW, false);
        SubmitOnboarding matched = new SubmitOnboarding(
                ID,
                BORROWER,
                PERSONAL,
                "UK_NINO",
                false,
                true,
                FAILURES,
                "CLEAR",
                List.of(),
                "lists-1",
                RiskRating.LOW,
                List.of(),
                null,
                List.of(IdentityEvidence.ELECTRONIC));

        fixture.givenNoPriorActivity()
                .when(matched)
                .expectEvents(submitted(matched), verified("system", RiskRating.LOW, 5));
        fixture.givenNoPriorActivity()
                .when(nino)
                .expectResultMessagePayload(new OnboardingPolicy.Outcome(
                        CustomerStatus.IN_REVIEW, List.of(OnboardingPolicy.DOCUMENT_INSUFFICIENT)));
    }

    @Test
    void givenAFailedDocument_whenOnboarded_thenRejectedButMayTryAgain() {
        SubmitOnboarding bad = onboarding(false, "CLEAR", List.of(), RiskRating.LOW, true);
        fixture.givenNoPriorActivity()
                .when(bad)
                .expectEvents(
                        submitted(bad),
                        new CustomerRejected(ID, List.of(OnboardingPolicy.DOCUMENT_FAILED), false, "system", NOW));
        fixture.given(
                        submitted(bad),
                        new CustomerRejected(ID, List.of(OnboardingPolicy.DOCUMENT_FAILED), false, "system", NOW))
                .when(CLEAN)
                .expectEvents(submitted(CLEAN), verified("system", RiskRating.LOW, 5));
    }

    @Test
    void givenAStrongSanctionsMatch_whenOnboarded_thenBlockedEvenWithAFailedDocument() {
        SubmitOnboarding both = onboarding(false, "BLOCK", HIT, RiskRating.LOW, true);
        fixture.givenNoPriorActivity()
                .when(both)
                .expectEvents(
                        submitted(both),
                        new CustomerReferred(
                                ID,
                                CustomerStatus.BLOCKED,
                                List.of(OnboardingPolicy.STRONG_MATCH, OnboardingPolicy.DOCUMENT_FAILED),
                                NOW));
    }

    @Test
    void givenAPossibleMatchANinoAndHighRisk_whenOnboarded_thenReferredWithEveryReason() {
        SubmitOnboarding c = onboarding(true, "REVIEW", HIT, RiskRating.HIGH, false);
        fixture.givenNoPriorActivity()
                .when(c)
                .expectEvents(
                        submitted(c),
                        new CustomerReferred(
                                ID,
                                CustomerStatus.IN_REVIEW,
                                List.of(
                                        OnboardingPolicy.POSSIBLE_MATCH,
                                        OnboardingPolicy.DOCUMENT_INSUFFICIENT,
                                        OnboardingPolicy.HIGH_RISK),
                                NOW));
    }

    @Test
    void givenAVerifiedCustomer_whenOnboardingAgain_thenRefused() {
        fixture.given(submitted(CLEAN), verified("system", RiskRating.LOW, 5))
                .when(CLEAN)
                .expectException(CustomerRuleBroken.class)
                .expectNoEvents();
    }

    @Test
    void givenAReview_whenOneOfficerClears_thenVerified() {
        fixture.given(
                        submitted(POSSIBLE),
                        new CustomerReferred(
                                ID, CustomerStatus.IN_REVIEW, List.of(OnboardingPolicy.POSSIBLE_MATCH), NOW))
                .when(new ClearCustomer(ID, "officer-1", false, "different person: date of birth"))
                .expectEvents(verified("officer-1", RiskRating.LOW, 5))
                .expectResultMessagePayload(CustomerStatus.VERIFIED);
    }

    @Test
    void givenABlock_whenOneOfficerClears_thenOnlyProposed() {
        fixture.given(submitted(LISTED), blocked())
                .when(new ClearCustomer(ID, "officer-1", false, "namesake"))
                .expectEvents(new ClearanceProposed(ID, "officer-1", "namesake", NOW))
                .expectResultMessagePayload(CustomerStatus.BLOCKED);
    }

    @Test
    void givenAProposedClearance_whenTheSameOfficerApproves_thenRefusedEvenAsSupervisor() {
        fixture.given(submitted(LISTED), blocked(), new ClearanceProposed(ID, "officer-1", "namesake", NOW))
                .when(new ClearCustomer(ID, "officer-1", true, "approve"))
                .expectException(CustomerRuleBroken.class)
                .expectExceptionMessage("four eyes: the officer who proposed the clearance cannot approve it")
                .expectNoEvents();
    }

    @Test
    void givenAProposedClearance_whenAnotherOfficerWhoIsNoSupervisorApproves_thenRefused() {
        fixture.given(submitted(LISTED), blocked(), new ClearanceProposed(ID, "officer-1", "namesake", NOW))
                .when(new ClearCustomer(ID, "officer-2", false, "approve"))
                .expectException(CustomerRuleBroken.class)
                .expectExceptionMessage("four eyes: a supervising officer must approve the clearance");
    }

    @Test
    void givenAProposedClearance_whenASupervisorApproves_thenVerified() {
        fixture.given(submitted(LISTED), blocked(), new ClearanceProposed(ID, "officer-1", "namesake", NOW))
                .when(new ClearCustomer(ID, "supervisor-1", true, "agree: namesake"))
                .expectEvents(verified("supervisor-1", RiskRating.LOW, 5));
    }

    @Test
    void givenABlock_whenAnOfficerConfirmsTheMatch_thenFinallyRejectedAndCannotReapply() {
        CustomerRejected confirmed =
                new CustomerRejected(ID, List.of("confirmed: listed person"), true, "officer-1", NOW);
        fixture.given(submitted(LISTED), blocked())
                .when(new RejectCustomer(ID, "officer-1", "confirmed: listed person"))
                .expectEvents(confirmed);
        fixture.given(submitted(LISTED), blocked(), confirmed).when(CLEAN).expectException(CustomerRuleBroken.class);
    }

    @Test
    void givenAVerifiedCustomer_whenSuspendedAndReinstated_thenEachIsRecorded() {
        fixture.given(submitted(CLEAN), verified("system", RiskRating.LOW, 5))
                .when(new SuspendCustomer(ID, "AML case 7", "officer-1"))
                .expectEvents(new CustomerSuspended(ID, "AML case 7", "officer-1", NOW));
        fixture.given(
                        submitted(CLEAN),
                        verified("system", RiskRating.LOW, 5),
                        new CustomerSuspended(ID, "AML case 7", "officer-1", NOW))
                .when(new ReinstateCustomer(ID, "officer-2"))
                .expectEvents(new CustomerReinstated(ID, "officer-2", NOW));
    }

    @Test
    void givenAVerifiedCustomer_whenANewListMatchesThem_thenSuspendedAndBlockedForReview() {
        fixture.given(submitted(CLEAN), verified("system", RiskRating.LOW, 5))
                .when(new RecordRescreening(ID, "BLOCK", HIT, "lists-2"))
                .expectEvents(
                        new CustomerRescreened(ID, "BLOCK", HIT, "lists-2", NOW),
                        new CustomerSuspended(ID, "new match after the sanctions lists were reloaded", "system", NOW),
                        new CustomerReferred(ID, CustomerStatus.BLOCKED, List.of(OnboardingPolicy.STRONG_MATCH), NOW));
    }

    @Test
    void givenACustomerInReviewForAPossibleMatch_whenNewListsBlockThem_thenTheCaseNeedsTwoOfficers() {
        // given a customer referred for one officer's review (a possible match), with a clearance not yet made
        fixture.given(
                        submitted(CLEAN),
                        new CustomerReferred(
                                ID, CustomerStatus.IN_REVIEW, List.of(OnboardingPolicy.POSSIBLE_MATCH), NOW))
                // when new lists confirm a match strong enough to block
                .when(new RecordRescreening(ID, "BLOCK", HIT, "lists-2"))
                // then the case is raised to a block: clearing it now needs an officer and a supervisor
                .expectEvents(
                        new CustomerRescreened(ID, "BLOCK", HIT, "lists-2", NOW),
                        new CustomerReferred(ID, CustomerStatus.BLOCKED, List.of(OnboardingPolicy.STRONG_MATCH), NOW));
    }

    @Test
    void givenACustomerInReview_whenNewListsOnlyReferThemAgain_thenTheReviewGoesOnAsItWas() {
        fixture.given(
                        submitted(CLEAN),
                        new CustomerReferred(
                                ID, CustomerStatus.IN_REVIEW, List.of(OnboardingPolicy.POSSIBLE_MATCH), NOW))
                .when(new RecordRescreening(ID, "REVIEW", HIT, "lists-2"))
                .expectEvents(new CustomerRescreened(ID, "REVIEW", HIT, "lists-2", NOW));
    }

    @Test
    void givenListsAlreadyScreenedAgainst_whenRescreenedWithTheSameVersion_thenNothingHappens() {
        fixture.given(submitted(CLEAN), verified("system", RiskRating.LOW, 5))
                .when(new RecordRescreening(ID, "BLOCK", HIT, "lists-1"))
                .expectNoEvents();
    }

    @Test
    void givenAClearRescreening_whenRecorded_thenTheCustomerStaysVerified() {
        fixture.given(submitted(CLEAN), verified("system", RiskRating.LOW, 5))
                .when(new RecordRescreening(ID, "CLEAR", List.of(), "lists-2"))
                .expectEvents(new CustomerRescreened(ID, "CLEAR", List.of(), "lists-2", NOW));
    }

    @Test
    void givenAnEndedRelationship_whenErasedBeforeTheRetentionEnds_thenRefused() {
        fixture.given(
                        submitted(CLEAN),
                        verified("system", RiskRating.LOW, 5),
                        new RelationshipEnded(ID, LocalDate.of(2026, 11, 27), "officer-1", NOW))
                .when(new ErasePersonalData(ID, "supervisor-1"))
                .expectException(CustomerRuleBroken.class)
                .expectExceptionMessage("personal data must be kept until 2026-11-27");
    }

    @Test
    void givenACurrentCustomer_whenErased_thenRefused() {
        fixture.given(submitted(CLEAN), verified("system", RiskRating.LOW, 5))
                .when(new ErasePersonalData(ID, "supervisor-1"))
                .expectException(CustomerRuleBroken.class)
                .expectExceptionMessage("the relationship has not ended: personal data must be kept");
    }

    @Test
    void givenTheRetentionPeriodOver_whenErased_thenTheKeyIsDestroyedFirstAndErasedOnce() {
        RelationshipEnded ended = new RelationshipEnded(ID, LocalDate.of(2026, 11, 26), "officer-1", NOW);
        fixture.given(submitted(CLEAN), verified("system", RiskRating.LOW, 5), ended)
                .when(new ErasePersonalData(ID, "supervisor-1"))
                .expectEvents(new PersonalDataErased(ID, "supervisor-1", NOW));
        assertThat(shredded).containsExactly(ID);
        fixture.given(submitted(CLEAN), ended, new PersonalDataErased(ID, "supervisor-1", NOW))
                .when(new ErasePersonalData(ID, "supervisor-1"))
                .expectNoEvents();
    }

    @Test
    void givenSealedFindingsAndNotes_whenRecorded_thenTheEventsCarryThemOnlySealed() {
        Sealed findings = new Sealed(ID, "c2VhbGVkIGZpbmRpbmdz");
        SubmitOnboarding listed = new SubmitOnboarding(
                ID,
                BORROWER,
                PERSONAL,
                "MRZ",
                true,
                true,
                FAILURES,
                "BLOCK",
                HIT,
                "lists-1",
                RiskRating.LOW,
                List.of("politically exposed person"),
                findings);
        fixture.givenNoPriorActivity()
                .when(listed)
                .expectEvents(
                        new OnboardingSubmitted(
                                ID,
                                BORROWER,
                                PERSONAL,
                                "MRZ",
                                true,
                                FAILURES,
                                "BLOCK",
                                null,
                                "lists-1",
                                RiskRating.LOW,
                                null,
                                NOW,
                                findings,
                                List.of(IdentityEvidence.DOCUMENT)),
                        new CustomerReferred(ID, CustomerStatus.BLOCKED, List.of(OnboardingPolicy.STRONG_MATCH), NOW));
        Sealed note = new Sealed(ID, "c2VhbGVkIG5vdGU=");
        fixture.given(
                        submitted(LISTED),
                        new CustomerReferred(ID, CustomerStatus.BLOCKED, List.of(OnboardingPolicy.STRONG_MATCH), NOW))
                .when(new RejectCustomer(ID, "officer-1", "true match; SAR filed", note))
                .expectEvents(new CustomerRejected(ID, List.of(), true, "officer-1", NOW, note));
        fixture.given(submitted(CLEAN), verified("system", RiskRating.LOW, 5))
                .when(new SuspendCustomer(ID, "structuring suspected", "officer-1", note))
                .expectEvents(new CustomerSuspended(ID, null, "officer-1", NOW, note));
    }

    @Test
    void givenAKeyThatCannotBeDestroyed_whenErased_thenNothingClaimsTheErasure() {
        RelationshipEnded ended = new RelationshipEnded(ID, LocalDate.of(2026, 11, 26), "officer-1", NOW);
        AggregateTestFixture<Customer> failing = new AggregateTestFixture<>(Customer.class);
        failing.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        failing.registerInjectableResource((PersonalDataShredder) id -> {
            throw new IllegalStateException("key store unreachable");
        });
        failing.given(submitted(CLEAN), verified("system", RiskRating.LOW, 5), ended)
                .when(new ErasePersonalData(ID, "supervisor-1"))
                .expectException(IllegalStateException.class)
                .expectNoEvents();
    }

    @Test
    void givenACustomer_whenTheyChooseTheirNotifications_thenOptionalTopicsGo_butARequiredOneStays() {
        fixture.given(submitted(CLEAN), verified("system", RiskRating.LOW, 5))
                .when(new SetNotificationPreferences(ID, "zh-CN", Set.of(NotificationTopic.QUOTE_READY)))
                .expectEvents(new NotificationPreferencesSet(ID, "zh-CN", Set.of(NotificationTopic.QUOTE_READY), NOW));
        fixture.given(submitted(CLEAN), verified("system", RiskRating.LOW, 5))
                .when(new SetNotificationPreferences(
                        ID, "en-GB", Set.of(NotificationTopic.QUOTE_READY, NotificationTopic.PAYMENT_MISSED)))
                .expectNoEvents()
                .expectExceptionMessage("these cannot be switched off: PAYMENT_MISSED");
        fixture.given(submitted(CLEAN), verified("system", RiskRating.LOW, 5))
                .when(new SetNotificationPreferences(ID, "en-GB", Set.of(NotificationTopic.STAFF_AML_CASE)))
                .expectException(CustomerRuleBroken.class);
    }

    @Test
    void givenChosenPreferences_whenOneClickSwitchesOffATopic_thenTheOthersAndTheLanguageStay_onceOnly() {
        NotificationPreferencesSet chosen =
                new NotificationPreferencesSet(ID, "zh-CN", Set.of(NotificationTopic.QUOTE_READY), NOW);
        fixture.given(submitted(CLEAN), verified("system", RiskRating.LOW, 5), chosen)
                .when(new SwitchOffTopic(ID, NotificationTopic.PAYMENT_DUE))
                .expectEvents(new NotificationPreferencesSet(
                        ID, "zh-CN", Set.of(NotificationTopic.QUOTE_READY, NotificationTopic.PAYMENT_DUE), NOW));
        // a second click (or a mail client's retry) changes nothing
        fixture.given(
                        submitted(CLEAN),
                        verified("system", RiskRating.LOW, 5),
                        new NotificationPreferencesSet(ID, "zh-CN", Set.of(NotificationTopic.PAYMENT_DUE), NOW))
                .when(new SwitchOffTopic(ID, NotificationTopic.PAYMENT_DUE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        // a customer who never chose keeps the profile's language (none recorded)
        fixture.given(submitted(CLEAN), verified("system", RiskRating.LOW, 5))
                .when(new SwitchOffTopic(ID, NotificationTopic.LENDER_LOAN_DEFAULTED))
                .expectEvents(
                        new NotificationPreferencesSet(ID, null, Set.of(NotificationTopic.LENDER_LOAN_DEFAULTED), NOW));
        fixture.given(submitted(CLEAN), verified("system", RiskRating.LOW, 5))
                .when(new SwitchOffTopic(ID, NotificationTopic.LOAN_DEFAULTED))
                .expectNoEvents()
                .expectExceptionMessage("these cannot be switched off: LOAN_DEFAULTED");
    }

    @Test
    void givenFiveDevicesOnPush_whenASixthSubscribes_thenItIsRefused_butAKnownDeviceRefreshesAndOneCanGo() {
        Sealed keys = new Sealed(ID, "cHVzaA==");
        List<Object> five = new ArrayList<>(List.of(submitted(CLEAN), verified("system", RiskRating.LOW, 5)));
        for (int d = 1; d <= 5; d++) {
            five.add(new PushSubscriptionAdded(ID, "device-" + d, keys, NOW));
        }
        fixture.given(five.toArray())
                .when(new AddPushSubscription(ID, "device-6", keys))
                .expectNoEvents()
                .expectExceptionMessage("at most 5 devices receive push notifications: turn one off first");
        fixture.given(five.toArray())
                .when(new AddPushSubscription(ID, "device-3", keys))
                .expectEvents(new PushSubscriptionAdded(ID, "device-3", keys, NOW));
        fixture.given(five.toArray())
                .when(new RemovePushSubscription(ID, "device-2", "EXPIRED"))
                .expectEvents(new PushSubscriptionRemoved(ID, "device-2", "EXPIRED", NOW));
        // a device already gone (the push service said so twice): nothing more
        fixture.given(submitted(CLEAN), verified("system", RiskRating.LOW, 5))
                .when(new RemovePushSubscription(ID, "device-2", "EXPIRED"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenACustomer_whenTheyDeclareOrAnOfficerFindsARelation_thenItIsRecordedWithWhoSaidSo_onceOnly() {
        fixture.given(submitted(CLEAN), verified("system", RiskRating.LOW, 5))
                .when(new SetRelatedParty(ID, RelatedParty.STAFF, "customer"))
                .expectEvents(new RelatedPartySet(ID, RelatedParty.STAFF, "customer", NOW));
        RelatedPartySet staff = new RelatedPartySet(ID, RelatedParty.STAFF, "customer", NOW);
        // the same again is nothing new; an officer's correction, and clearing it, are recorded
        fixture.given(submitted(CLEAN), verified("system", RiskRating.LOW, 5), staff)
                .when(new SetRelatedParty(ID, RelatedParty.STAFF, "officer-1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(submitted(CLEAN), verified("system", RiskRating.LOW, 5), staff)
                .when(new SetRelatedParty(ID, RelatedParty.CLOSE_FAMILY, "officer-1"))
                .expectEvents(new RelatedPartySet(ID, RelatedParty.CLOSE_FAMILY, "officer-1", NOW));
        fixture.given(submitted(CLEAN), verified("system", RiskRating.LOW, 5), staff)
                .when(new SetRelatedParty(ID, null, "officer-1"))
                .expectEvents(new RelatedPartySet(ID, null, "officer-1", NOW));
        // a customer who was never related: "not related" changes nothing
        fixture.given(submitted(CLEAN), verified("system", RiskRating.LOW, 5))
                .when(new SetRelatedParty(ID, null, "officer-1"))
                .expectNoEvents();
    }

    @Test
    void givenACustomer_whenTheRelationshipEnds_thenDataIsRetainedForTheProfilePeriod() {
        fixture.given(submitted(CLEAN), verified("system", RiskRating.LOW, 5))
                .when(new EndRelationship(ID, Period.ofYears(5), "officer-1"))
                .expectEvents(new RelationshipEnded(ID, LocalDate.of(2031, 11, 26), "officer-1", NOW))
                .expectResultMessagePayload(LocalDate.of(2031, 11, 26));
    }

    @Test
    void givenHighRiskWithoutADeclaredSourceOfFunds_whenAnOfficerClears_thenEnhancedDueDiligenceRefuses() {
        SubmitOnboarding pep = onboarding(true, "CLEAR", List.of(), RiskRating.HIGH, true);
        fixture.given(
                        submitted(pep),
                        new CustomerReferred(ID, CustomerStatus.IN_REVIEW, List.of(OnboardingPolicy.HIGH_RISK), NOW))
                .when(new ClearCustomer(ID, "officer-1", false, "looks fine"))
                .expectException(CustomerRuleBroken.class)
                .expectExceptionMessage(
                        "enhanced due diligence: the customer has not declared their source of funds yet");
    }

    @Test
    void givenHighRiskAndADeclaredSourceOfFunds_whenAnOfficerProposesAndASupervisorApproves_thenVerifiedForAYear() {
        SubmitOnboarding pep = onboarding(true, "CLEAR", List.of(), RiskRating.HIGH, true);
        Sealed declaration = new Sealed(ID, "c291cmNlIG9mIGZ1bmRz");
        CustomerReferred referred =
                new CustomerReferred(ID, CustomerStatus.IN_REVIEW, List.of(OnboardingPolicy.HIGH_RISK), NOW);
        fixture.given(submitted(pep), referred)
                .when(new DeclareSourceOfFunds(ID, declaration))
                .expectEvents(new SourceOfFundsDeclared(ID, declaration, NOW));
        fixture.given(submitted(pep), referred, new SourceOfFundsDeclared(ID, declaration, NOW))
                .when(new ClearCustomer(ID, "officer-1", false, "salary slips seen"))
                .expectEvents(new ClearanceProposed(ID, "officer-1", "salary slips seen", NOW));
        ClearanceProposed proposed = new ClearanceProposed(ID, "officer-1", "salary slips seen", NOW);
        fixture.given(submitted(pep), referred, new SourceOfFundsDeclared(ID, declaration, NOW), proposed)
                .when(new ClearCustomer(ID, "officer-1", true, "approve"))
                .expectException(CustomerRuleBroken.class);
        fixture.given(submitted(pep), referred, new SourceOfFundsDeclared(ID, declaration, NOW), proposed)
                .when(new ClearCustomer(ID, "officer-2", false, "approve"))
                .expectExceptionMessage("four eyes: a supervising officer must approve the clearance");
        fixture.given(submitted(pep), referred, new SourceOfFundsDeclared(ID, declaration, NOW), proposed)
                .when(new ClearCustomer(ID, "supervisor-1", true, "source of wealth documented"))
                .expectEvents(verified("supervisor-1", RiskRating.HIGH, 1));
    }

    @Test
    void givenAVerificationThatRanOut_whenTheJobAsks_thenReverificationIsDueOnce() {
        LocalDate due = LocalDate.of(2031, 11, 26);
        fixture.given(submitted(CLEAN), verified("system", RiskRating.LOW, 5))
                .when(new RequireReverification(ID, due))
                .expectEvents(new CustomerReverificationDue(ID, due, NOW));
        fixture.given(
                        submitted(CLEAN),
                        verified("system", RiskRating.LOW, 5),
                        new CustomerReverificationDue(ID, due, NOW))
                .when(new RequireReverification(ID, due))
                .expectNoEvents();
    }

    @Test
    void givenAVerificationStillCurrent_whenTheJobAsks_thenNothingHappens() {
        fixture.given(submitted(CLEAN), verified("system", RiskRating.LOW, 5))
                .when(new RequireReverification(ID, LocalDate.of(2031, 11, 25)))
                .expectNoEvents();
    }

    @Test
    void givenReverificationDue_whenTheCustomerGivesTheirIdentityAgain_thenVerifiedAnew() {
        fixture.given(
                        submitted(CLEAN),
                        verified("system", RiskRating.LOW, 5),
                        new CustomerReverificationDue(ID, LocalDate.of(2031, 11, 26), NOW))
                .when(CLEAN)
                .expectEvents(submitted(CLEAN), verified("system", RiskRating.LOW, 5));
    }

    @Test
    void givenALowRiskCustomer_whenBehaviourRaisesTheRating_thenHighWithASoonerReverification() {
        fixture.given(submitted(CLEAN), verified("system", RiskRating.LOW, 5))
                .when(new RaiseRiskRating(ID, RiskRating.HIGH, "reported for suspicious activity (SAR-1)"))
                .expectEvents(new CustomerRiskRaised(
                        ID,
                        RiskRating.HIGH,
                        "reported for suspicious activity (SAR-1)",
                        LocalDate.of(2027, 11, 26),
                        NOW));
    }

    @Test
    void givenAHighRiskCustomer_whenRaisedToHighAgain_thenNothingChanges() {
        SubmitOnboarding pep = onboarding(true, "CLEAR", List.of(), RiskRating.HIGH, true);
        fixture.given(submitted(pep), verified("officer-1", RiskRating.HIGH, 1))
                .when(new RaiseRiskRating(ID, RiskRating.HIGH, "again"))
                .expectNoEvents();
    }

    private static CustomerReferred blocked() {
        return new CustomerReferred(ID, CustomerStatus.BLOCKED, List.of(OnboardingPolicy.STRONG_MATCH), NOW);
    }
}
