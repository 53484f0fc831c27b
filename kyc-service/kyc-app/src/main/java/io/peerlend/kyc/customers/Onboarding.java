package io.peerlend.kyc.customers;

import io.peerlend.kyc.api.CustomerRole;
import io.peerlend.kyc.api.IdentityEvidence;
import io.peerlend.kyc.api.OnboardingRequest;
import io.peerlend.kyc.api.PersonalDetails;
import io.peerlend.kyc.api.ScreeningFindings;
import io.peerlend.kyc.api.ScreeningHit;
import io.peerlend.kyc.api.SetRelatedParty;
import io.peerlend.kyc.api.SubmitOnboarding;
import io.peerlend.kyc.checks.documents.DocumentCheckResult;
import io.peerlend.kyc.checks.documents.HolderChecks;
import io.peerlend.kyc.checks.sanctions.Screening;
import io.peerlend.kyc.customers.domain.CustomerRuleBroken;
import io.peerlend.kyc.customers.domain.OnboardingPolicy;
import io.peerlend.kyc.customers.domain.RiskPolicy;
import io.peerlend.kyc.documents.DocumentChecker;
import io.peerlend.kyc.identity.domain.ElectronicIdentityVerification;
import io.peerlend.kyc.identity.domain.IdentityServiceUnavailableException;
import io.peerlend.kyc.sanctions.SanctionsScreening;
import io.peerlend.platform.web.StateConflictException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

/**
 * Onboarding as a list of steps: read and check the document against the declaration, screen the name, rate the
 * risk, seal the personal data with the customer's key, and let the customer aggregate decide.
 */
@Service
public class Onboarding {

    private static final String ELECTRONIC_CHECK = "electronicCheck";

    private final DocumentChecker documents;
    private final SanctionsScreening sanctions;
    private final RiskPolicy risk;
    private final PersonalData personalData;
    private final ElectronicIdentityVerification identity;
    private final CommandGateway commands;

    Onboarding(
            DocumentChecker documents,
            SanctionsScreening sanctions,
            RiskPolicy risk,
            PersonalData personalData,
            ElectronicIdentityVerification identity,
            CommandGateway commands) {
        this.documents = documents;
        this.sanctions = sanctions;
        this.risk = risk;
        this.personalData = personalData;
        this.identity = identity;
        this.commands = commands;
    }

    public OnboardingPolicy.Outcome onboard(String customerId, OnboardingRequest r) {
        DocumentCheckResult document = electronically(
                r, documents.check(r.document(), new HolderChecks.Holder(r.fullName(), r.dateOfBirth())));
        Screening.Result screening =
                sanctions.screen(new Screening.Query(r.fullName(), r.dateOfBirth(), r.nationality()));
        RiskPolicy.Assessment assessment =
                risk.assess(r.nationality(), r.address().country(), r.politicallyExposed(), r.roles());
        PersonalDetails details = new PersonalDetails(
                r.fullName(),
                r.dateOfBirth(),
                r.nationality(),
                r.address(),
                r.contact(),
                r.document().type(),
                document.fields(),
                r.politicallyExposed());
        List<ScreeningHit> hits = screening.matches().stream()
                .map(m -> new ScreeningHit(m.list(), m.entryId(), m.name(), m.score()))
                .toList();
        SubmitOnboarding command = new SubmitOnboarding(
                customerId,
                Set.copyOf(r.roles()),
                personalData.seal(customerId, details),
                r.document().type().name(),
                r.document().type().provesIdentity(),
                document.valid(),
                personalData.seal(customerId, document.failures()),
                screening.decision().name(),
                hits,
                screening.listsVersion(),
                assessment.rating(),
                assessment.factors(),
                // whom they resemble on a list, and their risk factors, are stored only sealed
                personalData.seal(customerId, new ScreeningFindings(hits, assessment.factors())),
                evidence(r, document));
        try {
            OnboardingPolicy.Outcome outcome = commands.sendAndWait(command);
            if (r.relatedParty() != null) {
                // declared by the customer; an officer may correct it (docs/kyc.md, "Related parties")
                commands.sendAndWait(new SetRelatedParty(customerId, r.relatedParty(), "customer"));
            }
            return outcome;
        } catch (CustomerRuleBroken e) {
            throw new StateConflictException(e.getMessage());
        }
    }

    /**
     * A valid document that states nobody (a NINO, a travel permit) is backed by electronic identity verification:
     * its outcome and reference join what was read from the document (sealed with it). A service that does not answer
     * adds nothing, and the customer is referred as without it.
     */
    private DocumentCheckResult electronically(OnboardingRequest r, DocumentCheckResult document) {
        if (!document.valid() || r.document().type().provesIdentity()) {
            return document;
        }
        Map<String, String> check = new LinkedHashMap<>();
        try {
            ElectronicIdentityVerification.Outcome outcome = identity.verify(new ElectronicIdentityVerification.Subject(
                    r.fullName(),
                    r.dateOfBirth(),
                    r.address().line1(),
                    r.address().postcode(),
                    r.address().country(),
                    r.document().type(),
                    r.document().number()));
            check.put(ELECTRONIC_CHECK, outcome.result().name());
            check.put("electronicCheckReference", outcome.reference());
        } catch (IdentityServiceUnavailableException e) {
            check.put(ELECTRONIC_CHECK, "UNAVAILABLE");
        }
        return DocumentCheckResult.both(document, new DocumentCheckResult(true, List.of(), check));
    }

    /** Each kind of evidence that held: the document when it states its holder, its chip, the electronic check. */
    static List<IdentityEvidence> evidence(OnboardingRequest r, DocumentCheckResult document) {
        List<IdentityEvidence> evidence = new ArrayList<>();
        if (document.valid() && r.document().type().provesIdentity()) {
            evidence.add(IdentityEvidence.DOCUMENT);
        }
        if (document.valid() && r.document().chip() != null) {
            evidence.add(IdentityEvidence.CHIP);
        }
        if ("MATCH".equals(document.fields().get(ELECTRONIC_CHECK))) {
            evidence.add(IdentityEvidence.ELECTRONIC);
        }
        return evidence;
    }

    static boolean mayRequest(Set<CustomerRole> requested, boolean borrower, boolean lender) {
        return (!requested.contains(CustomerRole.BORROWER) || borrower)
                && (!requested.contains(CustomerRole.LENDER) || lender);
    }
}
