package io.peerlend.lending.scoring;

import io.peerlend.lending.EventHistory;
import io.peerlend.lending.api.ApplicantDeclarations;
import io.peerlend.lending.api.Circumstances;
import io.peerlend.lending.api.MonthlyFinances;
import io.peerlend.lending.api.commands.RecordCreditDecision;
import io.peerlend.lending.api.events.BorrowerIdentityConfirmed;
import io.peerlend.lending.api.events.LoanApplicationDeclined;
import io.peerlend.lending.api.events.LoanApplicationScored;
import io.peerlend.lending.api.events.LoanApplicationSubmitted;
import io.peerlend.lending.applications.SealedDeclarations;
import io.peerlend.lending.kyc.CreditSearchSubjects;
import io.peerlend.lending.product.Amounts;
import io.peerlend.scoring.api.Applicant;
import io.peerlend.scoring.api.BureauSubject;
import io.peerlend.scoring.api.CreditDecision;
import io.peerlend.scoring.api.CreditHistory;
import io.peerlend.scoring.api.CurrentAccount;
import io.peerlend.scoring.api.EmploymentStatus;
import io.peerlend.scoring.api.Finances;
import io.peerlend.scoring.api.Housing;
import io.peerlend.scoring.api.OtherInstalmentPlans;
import io.peerlend.scoring.api.Property;
import io.peerlend.scoring.api.Purpose;
import io.peerlend.scoring.api.Savings;
import io.peerlend.scoring.api.ScoreRequest;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Step "scored" of an application's life, after KYC: ask the scoring service for a decision and record it. When scoring is down
 * the handler fails, and because this processing group propagates errors, Axon's tracking processor keeps the event
 * and retries it with backoff: the application waits, and is never approved without a score. Replays are safe:
 * applications already decided are skipped.
 */
@Component
@ProcessingGroup(ScoringProcess.GROUP)
class ScoringProcess {

    static final String GROUP = "lending-scoring";
    private static final Logger log = LoggerFactory.getLogger(ScoringProcess.class);
    private final CreditScoring scoring;
    private final CreditSearchSubjects identities;
    private final CommandGateway commands;
    private final EventStore events;
    private final SealedDeclarations declarations;

    ScoringProcess(
            CreditScoring scoring,
            CreditSearchSubjects identities,
            CommandGateway commands,
            EventStore events,
            SealedDeclarations declarations) {
        this.declarations = declarations;
        this.scoring = scoring;
        this.identities = identities;
        this.commands = commands;
        this.events = events;
    }

    /** Scoring starts once KYC has confirmed the borrower; the application's details are in its first event. */
    @EventHandler
    void on(BorrowerIdentityConfirmed confirmed) {
        EventHistory.of(events, confirmed.applicationId())
                .first(LoanApplicationSubmitted.class)
                .ifPresent(this::score);
    }

    private void score(LoanApplicationSubmitted event) {
        Optional<ApplicantDeclarations> declared = declarations.of(event);
        if (declared.isEmpty()) {
            // nothing declared (an old test event), or the borrower was erased before the decision
            log.warn("application {} has no readable declarations; it cannot be scored", event.applicationId());
            return;
        }
        if (alreadyDecided(event.applicationId())) {
            // a replay, or this processor's token was lost: the decision is in the event store already, and asking
            // again would cost the applicant another credit search
            return;
        }
        // the bureau searches the identity KYC verified, not what was typed into the application; if KYC does not
        // answer, this step fails and waits like a scoring outage
        BureauSubject subject = identities
                .of(event.borrowerId())
                .map(i -> new BureauSubject(i.customerId(), i.fullName(), i.dateOfBirth(), i.postcode()))
                .orElse(null);
        CreditDecision decision = scoring.decide(request(event, declared.get(), subject));
        commands.sendAndWait(new RecordCreditDecision(
                event.applicationId(),
                decision.grade(),
                decision.pd(),
                decision.score(),
                decision.reasons(),
                decision.modelVersion()));
        log.info("application {} scored: grade {}", event.applicationId(), decision.grade());
    }

    /** The application's own events are the authority on whether it has been decided. */
    private boolean alreadyDecided(String applicationId) {
        return EventHistory.of(events, applicationId)
                .contains(LoanApplicationScored.class, LoanApplicationDeclined.class);
    }

    static ScoreRequest request(LoanApplicationSubmitted e, ApplicantDeclarations declared, BureauSubject subject) {
        Circumstances c = declared.circumstances();
        MonthlyFinances f = declared.finances();
        // lending's terms to the scoring contract's, by name: each of lending's answers has its counterpart there
        Applicant applicant = new Applicant(
                ScoringTerms.of(c.currentAccount(), CurrentAccount.class),
                e.termMonths(),
                ScoringTerms.of(c.creditHistory(), CreditHistory.class),
                ScoringTerms.of(e.purpose(), Purpose.class),
                ScoringTerms.of(c.savings(), Savings.class),
                ScoringTerms.of(c.employmentStatus(), EmploymentStatus.class),
                c.employmentYears(),
                ScoringTerms.of(c.property(), Property.class),
                c.age(),
                ScoringTerms.of(c.otherInstalmentPlans(), OtherInstalmentPlans.class),
                ScoringTerms.of(c.housing(), Housing.class),
                c.existingCredits());
        return new ScoreRequest(
                e.applicationId(),
                Amounts.format(e.amountMinor(), e.currency()),
                applicant,
                new Finances(f.netIncome(), f.outgoings(), f.debtRepayments()),
                subject);
    }
}
