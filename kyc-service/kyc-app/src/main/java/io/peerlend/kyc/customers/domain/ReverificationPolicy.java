package io.peerlend.kyc.customers.domain;

import io.peerlend.kyc.api.RiskRating;
import java.time.LocalDate;
import java.time.Period;

/** How long a verification holds, by risk: by default 5, 3 and 1 years for low, medium and high. */
public record ReverificationPolicy(Period low, Period medium, Period high) {

    public static final ReverificationPolicy DEFAULT =
            new ReverificationPolicy(Period.ofYears(5), Period.ofYears(3), Period.ofYears(1));

    public LocalDate reverifyBy(RiskRating rating, LocalDate verifiedOn) {
        return verifiedOn.plus(
                switch (rating) {
                    case LOW -> low;
                    case MEDIUM -> medium;
                    case HIGH -> high;
                });
    }
}
