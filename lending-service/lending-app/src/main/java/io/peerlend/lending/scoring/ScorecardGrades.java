package io.peerlend.lending.scoring;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The port to the scorecard in use: its version and, per grade, the probability of default over a loan's term that
 * its model card gives (the mean predicted PD of the grade's hold-out applicants). Rates are priced from it.
 */
public interface ScorecardGrades {

    /** One model's grades, best first, with their PDs as decimal fractions. */
    record ModelGrades(String modelVersion, Map<String, BigDecimal> pdByGrade) {

        public ModelGrades {
            pdByGrade = Map.copyOf(pdByGrade);
        }
    }

    /** @throws ScoringUnavailableException when the scoring service gave no model card */
    ModelGrades current();
}
