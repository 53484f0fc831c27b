package io.peerlend.kyc.customers;

import io.peerlend.kyc.api.CustomerRole;
import io.peerlend.kyc.api.DocumentType;
import io.peerlend.kyc.api.OnboardingRequest;
import io.peerlend.kyc.api.PersonalDetails;
import io.peerlend.kyc.api.ScreeningFindings;
import io.peerlend.kyc.api.ScreeningHit;
import io.peerlend.kyc.api.SubmitOnboarding;
import io.peerlend.kyc.checks.documents.DocumentCheckResult;
import io.peerlend.kyc.checks.documents.HolderChecks;
import io.peerlend.kyc.checks.sanctions.Screening;
import io.peerlend.kyc.customers.domain.CustomerRuleBroken;
import io.peerlend.kyc.customers.domain.OnboardingPolicy;
import io.peerlend.kyc.customers.domain.RiskPolicy;
import io.peerlend.kyc.documents.DocumentChecker;
import io.peerlend.kyc.sanctions.SanctionsScreening;
import io.peerlend.platform.web.StateConflictException;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

/**
 * Onboarding as a list of steps: read and check the document against the declaration, screen the name, rate the
 * risk, seal the personal data with the customer's key, and let the customer aggregate decide.
 */
@Service
public class Onboarding {

    private final DocumentChecker documents;
    private final SanctionsScreening sanctions;
    private final RiskPolicy risk;
    private final PersonalData personalData;
    private final CommandGateway commands;

    Onboarding(
            DocumentChecker documents,
            SanctionsScreening sanctions,
            RiskPolicy risk,
            PersonalData personalData,
            CommandGateway commands) {
        this.documents = documents;
        this.sanctions = sanctions;
        this.risk = risk;
        this.personalData = personalData;
        this.commands = commands;
    }

    public OnboardingPolicy.Outcome onboard(String customerId, OnboardingRequest r) {
        DocumentCheckResult document =
                documents.check(r.document(), new HolderChecks.Holder(r.fullName(), r.dateOfBirth()));
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
                r.document().type() != DocumentType.UK_NINO,
                document.valid(),
                personalData.seal(customerId, document.failures()),
                screening.decision().name(),
                hits,
                screening.listsVersion(),
                assessment.rating(),
                assessment.factors(),
                // whom they resemble on a list, and their risk factors, are stored only sealed
                personalData.seal(customerId, new ScreeningFindings(hits, assessment.factors())));
        try {
            return commands.sendAndWait(command);
        } catch (CustomerRuleBroken e) {
            throw new StateConflictException(e.getMessage());
        }
    }

    static boolean mayRequest(Set<CustomerRole> requested, boolean borrower, boolean lender) {
        return (!requested.contains(CustomerRole.BORROWER) || borrower)
                && (!requested.contains(CustomerRole.LENDER) || lender);
    }
}
