package io.peerlend.lending.suitability.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.peerlend.lending.api.InvestorCategory;
import io.peerlend.lending.api.commands.AssessAppropriateness;
import io.peerlend.lending.api.commands.DeclareInvestorCategory;
import io.peerlend.lending.api.events.AppropriatenessAssessed;
import io.peerlend.lending.api.events.InvestorCategorised;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * Whether a lender may make offers: they passed the appropriateness assessment (a failure blocks a retry for a cooling
 * period), and, in the uk profile, declared their investor category (a restricted investor may commit at most 10% of
 * their net investable assets in 12 months).
 */
public class LenderSuitability {

    /** The profile's cooling period after a failed assessment. */
    public record CoolingPeriod(Duration value) {}

    @AggregateIdentifier
    private String suitabilityId;

    private boolean passed;
    private Instant retryAfter;

    protected LenderSuitability() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    AppropriatenessAssessed handle(AssessAppropriateness c, CoolingPeriod cooling, Clock clock) {
        Instant now = clock.instant();
        if (passed) {
            throw new SuitabilityRuleBroken("the assessment has already been passed");
        }
        if (retryAfter != null && now.isBefore(retryAfter)) {
            throw new SuitabilityRuleBroken("the assessment can be taken again after " + retryAfter);
        }
        List<String> misunderstood = AppropriatenessQuestions.misunderstood(c.answers());
        AppropriatenessAssessed outcome = new AppropriatenessAssessed(
                c.lenderId(),
                misunderstood.isEmpty(),
                misunderstood,
                misunderstood.isEmpty() ? null : now.plus(cooling.value()),
                now);
        apply(outcome);
        return outcome;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    InvestorCategorised handle(DeclareInvestorCategory c, Clock clock) {
        if (c.category() == InvestorCategory.RESTRICTED && c.netInvestableAssetsMinor() <= 0) {
            throw new SuitabilityRuleBroken(
                    "netInvestableAssets", "a restricted investor must declare their net investable assets");
        }
        long limit = c.category() == InvestorCategory.RESTRICTED ? c.netInvestableAssetsMinor() / 10 : -1;
        InvestorCategorised declared = new InvestorCategorised(c.lenderId(), c.category(), limit, clock.instant());
        apply(declared);
        return declared;
    }

    @EventSourcingHandler
    void on(AppropriatenessAssessed e) {
        suitabilityId = "lender-suitability:" + e.lenderId();
        passed = e.passed();
        retryAfter = e.retryAfter();
    }

    @EventSourcingHandler
    void on(InvestorCategorised e) {
        suitabilityId = "lender-suitability:" + e.lenderId();
    }
}
