package io.peerlend.disclosure.indicators.domain;

import io.peerlend.scoring.scorecard.stability.PopulationStability;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The credit model's population stability over grades: the grades given to applications scored lately against the
 * grades of the population the model was validated on (its hold-out set), by the scoring service's own PSI formula.
 * Too few applications say nothing, so below the profile's minimum there is no value (and no breach).
 */
public final class ModelStability {

    private ModelStability() {}

    /**
     * @param validated applicants per grade in the model's hold-out set, in grade order
     * @param scored    applications scored in the window, per grade
     */
    public static BigDecimal psi(Map<String, Long> validated, Map<String, Long> scored, long minimumApplications) {
        long total = scored.values().stream().mapToLong(Long::longValue).sum();
        if (validated.isEmpty() || total == 0 || total < minimumApplications) {
            return null;
        }
        List<String> grades = new ArrayList<>(validated.keySet());
        scored.keySet().stream().filter(g -> !grades.contains(g)).forEach(grades::add);
        Double psi =
                PopulationStability.compare("grades", grades, validated, scored).psi();
        return psi == null ? null : BigDecimal.valueOf(psi).setScale(4, RoundingMode.HALF_UP);
    }
}
