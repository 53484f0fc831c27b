package io.peerlend.lending.pricing;

import io.peerlend.lending.api.LossGivenDefault;
import io.peerlend.lending.calendar.Today;
import io.peerlend.lending.pricing.domain.GuidanceTable;
import io.peerlend.lending.pricing.domain.PricingPolicy;
import io.peerlend.lending.scoring.ScorecardGrades;
import io.peerlend.lending.scoring.ScoringUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The markets' guidance rates as they stand: the scorecard's grade PDs (asked of the scoring service at most every
 * ten minutes; the last answer kept while it cannot answer), the loss given default (measured on the platform's own
 * defaults, else the profile's assumption; worked out again every minute) and the profile's fee and margin. Every
 * instance works out the same table from the same inputs.
 */
@Component
public class RateGuidance {

    private static final Logger log = LoggerFactory.getLogger(RateGuidance.class);
    static final Duration MODEL_FOR = Duration.ofMinutes(10);
    static final Duration TABLE_FOR = Duration.ofMinutes(1);
    static final Duration ASK_AGAIN_AFTER = Duration.ofSeconds(30);

    private final ScorecardGrades scorecard;
    private final DefaultedLoans defaults;
    private final PricingPolicy policy;
    private final Today today;
    private final Clock clock;

    private volatile ScorecardGrades.ModelGrades model;
    private volatile Instant modelAt = Instant.MIN;
    private volatile Instant askAgainAt = Instant.MIN;
    private volatile GuidanceTable table;
    private volatile Instant tableAt = Instant.MIN;

    RateGuidance(ScorecardGrades scorecard, DefaultedLoans defaults, PricingPolicy policy, Today today, Clock clock) {
        this.scorecard = scorecard;
        this.defaults = defaults;
        this.policy = policy;
        this.today = today;
        this.clock = clock;
    }

    /** Today's table, or empty while the scoring service has never given its model card. */
    public Optional<GuidanceTable> current() {
        Instant now = clock.instant();
        if (table != null && now.isBefore(tableAt.plus(TABLE_FOR)) && now.isBefore(modelAt.plus(MODEL_FOR))) {
            return Optional.of(table);
        }
        ScorecardGrades.ModelGrades grades = grades(now);
        if (grades == null) {
            return Optional.empty();
        }
        LocalDate date = today.date();
        GuidanceTable fresh =
                GuidanceTable.of(grades.modelVersion(), grades.pdByGrade(), lossGivenDefault(date), policy, date);
        table = fresh;
        tableAt = now;
        return Optional.of(fresh);
    }

    /** The loss given default the platform prices with on {@code date}. */
    public LossGivenDefault lossGivenDefault(LocalDate date) {
        return defaults.lossGivenDefault(date, policy.assumedLossGivenDefault());
    }

    public PricingPolicy policy() {
        return policy;
    }

    private ScorecardGrades.ModelGrades grades(Instant now) {
        if (model != null && now.isBefore(modelAt.plus(MODEL_FOR)) || now.isBefore(askAgainAt)) {
            return model;
        }
        try {
            model = scorecard.current();
            modelAt = now;
        } catch (ScoringUnavailableException e) {
            // the last model card stays in use (a model changes rarely); none yet: no guidance until scoring answers.
            // Not asked again for a while, so that pages showing guidance do not wait on an outage at every request.
            askAgainAt = now.plus(ASK_AGAIN_AFTER);
            log.warn("guidance rates: {}", e.getMessage());
        }
        return model;
    }
}
