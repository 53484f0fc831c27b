package io.peerlend.lending.scoring;

import io.peerlend.lending.api.Circumstances;
import io.peerlend.lending.api.LoanApplicationSubmitted;
import io.peerlend.lending.api.MonthlyFinances;
import io.peerlend.lending.api.RecordCreditDecision;
import io.peerlend.lending.applications.domain.Amounts;
import io.peerlend.scoring.api.Applicant;
import io.peerlend.scoring.api.CreditDecision;
import io.peerlend.scoring.api.Finances;
import io.peerlend.scoring.api.Purpose;
import io.peerlend.scoring.api.ScoreRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Step "scored" of an application's life: ask the scoring service for a decision and record it. When scoring is down
 * the handler fails, and because this processing group propagates errors, Axon's tracking processor keeps the event
 * and retries it with backoff: the application waits, and is never approved without a score.
 */
@Component
@ProcessingGroup(ScoringProcess.GROUP)
class ScoringProcess {

    static final String GROUP = "lending-scoring";
    private static final Logger log = LoggerFactory.getLogger(ScoringProcess.class);
    private final CreditScoring scoring;
    private final CommandGateway commands;

    ScoringProcess(CreditScoring scoring, CommandGateway commands) {
        this.scoring = scoring;
        this.commands = commands;
    }

    @EventHandler
    void on(LoanApplicationSubmitted event) {
        if (event.circumstances() == null || event.finances() == null) {
            log.warn("application {} has no declared circumstances; it cannot be scored", event.applicationId());
            return;
        }
        CreditDecision decision = scoring.decide(request(event));
        commands.sendAndWait(new RecordCreditDecision(event.applicationId(), decision.grade(), decision.pd(),
                decision.score(), decision.reasons(), decision.modelVersion()));
        log.info("application {} scored: grade {}", event.applicationId(), decision.grade());
    }

    /** Replaying must not ask for scores again: decisions are already in the event store. */
    @ResetHandler
    void reset() {
        throw new IllegalStateException("the scoring process is not replayable");
    }

    static ScoreRequest request(LoanApplicationSubmitted e) {
        Circumstances c = e.circumstances();
        MonthlyFinances f = e.finances();
        Applicant applicant = new Applicant(c.currentAccount(), e.termMonths(), c.creditHistory(),
                Purpose.valueOf(e.purpose().name()), c.savings(), c.employmentStatus(), c.employmentYears(),
                c.property(), c.age(), c.otherInstalmentPlans(), c.housing(), c.existingCredits());
        return new ScoreRequest(e.applicationId(), Amounts.format(e.amountMinor(), e.currency()), applicant,
                new Finances(f.netIncome(), f.outgoings(), f.debtRepayments()), null);
    }
}
