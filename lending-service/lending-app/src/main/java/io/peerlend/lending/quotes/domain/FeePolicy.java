package io.peerlend.lending.quotes.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The platform's fee on a loan, taken from the money paid out: an origination fee in basis points of the principal
 * by grade (riskier loans carry more, which also feeds the provision fund), rounded half-even to the minor unit.
 */
public record FeePolicy(Map<String, Integer> originationBpsByGrade) {

    /** The uk profile's fees (lending-uk.yml), for tests that need a policy without the profile. */
    public static final FeePolicy UK =
            new FeePolicy(Map.of("A*", 100, "A", 150, "B", 200, "C", 300, "D", 400, "E", 500));

    public FeePolicy {
        originationBpsByGrade = Map.copyOf(originationBpsByGrade);
    }

    public long originationFee(String grade, long principalMinor) {
        Integer bps = originationBpsByGrade.get(grade);
        if (bps == null) {
            throw new IllegalArgumentException("no fee for grade " + grade);
        }
        return BigDecimal.valueOf(principalMinor)
                .multiply(BigDecimal.valueOf(bps))
                .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_EVEN)
                .longValueExact();
    }
}
