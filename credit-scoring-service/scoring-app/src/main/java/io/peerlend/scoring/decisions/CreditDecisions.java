package io.peerlend.scoring.decisions;

import io.peerlend.platform.privacy.KeyedHash;
import io.peerlend.scoring.api.Affordability;
import io.peerlend.scoring.api.Applicant;
import io.peerlend.scoring.api.BureauUse;
import io.peerlend.scoring.api.CreditDecision;
import io.peerlend.scoring.api.Finances;
import io.peerlend.scoring.api.ScoreRequest;
import io.peerlend.scoring.api.ScoreResult;
import io.peerlend.scoring.bureau.domain.BureauReport;
import io.peerlend.scoring.bureau.domain.BureauUnavailableException;
import io.peerlend.scoring.bureau.domain.CreditBureau;
import io.peerlend.scoring.decisions.domain.AffordabilityPolicy;
import io.peerlend.scoring.decisions.readmodel.ScoreLog;
import io.peerlend.scoring.models.ModelRegistry;
import io.peerlend.scoring.scorecard.Feature;
import io.peerlend.scoring.scorecard.Scorecard;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Affordability first, then the credit bureau's file where the applicant consented to a lookup, then the current
 * scorecard (told which characteristics the file confirmed); every decision goes to the score log.
 */
@Service
public class CreditDecisions {

    private final ModelRegistry models;
    private final CreditBureau bureau;
    private final AffordabilityPolicy affordability;
    private final ScoreLog log;
    private final Clock clock;
    private final KeyedHash inputHash;

    CreditDecisions(
            ModelRegistry models,
            CreditBureau bureau,
            AffordabilityPolicy affordability,
            ScoreLog log,
            Clock clock,
            @Value("${peerlend.scoring.log-hash-key}") String logHashKey) {
        this.inputHash = new KeyedHash(logHashKey);
        this.models = models;
        this.bureau = bureau;
        this.affordability = affordability;
        this.log = log;
        this.clock = clock;
    }

    public CreditDecision decide(ScoreRequest request, String requestedBy, ScoreLog.Kind kind) {
        Scorecard scorecard = models.current();
        Finances f = request.finances();
        Affordability check = affordability.check(
                new BigDecimal(request.amount()),
                request.applicant().termMonths(),
                new BigDecimal(f.monthlyNetIncome()),
                new BigDecimal(f.monthlyOutgoings()),
                new BigDecimal(f.monthlyDebtPayments()));
        Applicant applicant = request.applicant();
        BureauUse bureauUse;
        // what the bureau's file gave: version 2 counts a reportable value the file did not give as neutral at best
        Set<Feature> confirmed = EnumSet.noneOf(Feature.class);
        if (request.bureauSubject() == null) {
            bureauUse = new BureauUse("NOT_REQUESTED", null, List.of());
        } else {
            try {
                Optional<BureauReport> report = bureau.lookup(request.bureauSubject());
                if (report.isPresent()) {
                    BureauReport.Enriched enriched = report.get().applyTo(applicant);
                    applicant = enriched.applicant();
                    bureauUse = new BureauUse("USED", bureau.name(), enriched.replacedFields());
                    enriched.reportedFields().forEach(field -> {
                        switch (field) {
                            case "currentAccount" -> confirmed.add(Feature.CURRENT_ACCOUNT);
                            case "creditHistory" -> confirmed.add(Feature.CREDIT_HISTORY);
                            case "otherInstalmentPlans" -> confirmed.add(Feature.OTHER_INSTALMENT_PLANS);
                            default -> {
                                // existing credits: not a scorecard characteristic
                            }
                        }
                    });
                } else {
                    bureauUse = new BureauUse("NOT_FOUND", bureau.name(), List.of());
                }
            } catch (BureauUnavailableException e) {
                bureauUse = new BureauUse("UNAVAILABLE", bureau.name(), List.of());
            }
        }
        ScoreResult score = scorecard.score(applicant, confirmed, clock.instant());
        String grade = check.passed() ? score.grade() : Scorecard.DECLINE;
        List<String> reasons = new ArrayList<>();
        if (!check.passed()) {
            reasons.add(check.reason());
        }
        score.reasons().stream().limit(Scorecard.MAX_REASONS - reasons.size()).forEach(reasons::add);
        CreditDecision decision = new CreditDecision(
                grade,
                score.pd(),
                score.score(),
                List.copyOf(reasons),
                score.modelVersion(),
                score.scoredAt(),
                check,
                bureauUse);

        Map<String, String> bins = new LinkedHashMap<>();
        for (Feature feature : Feature.values()) {
            bins.put(feature.name(), feature.binOf(applicant));
        }
        log.record(new ScoreLog.Entry(
                UUID.randomUUID().toString(),
                request.applicationId(),
                score.modelVersion(),
                // records print every component in declaration order, so equal requests hash equally
                inputHash.of(request.toString()),
                grade,
                score.pd(),
                score.score(),
                decision.reasons(),
                check,
                bins,
                requestedBy,
                score.scoredAt(),
                kind,
                request.purpose()));
        return decision;
    }
}
