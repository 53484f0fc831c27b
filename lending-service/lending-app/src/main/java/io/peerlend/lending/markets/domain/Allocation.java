package io.peerlend.lending.markets.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The parts that would fund a loan, cheapest first. {@code funded} may be less than asked when the market holds too
 * little; the borrower's rate is the amount-weighted average of the parts' rates (Zopa), in percent to 2 decimals.
 */
public record Allocation(long requested, long funded, List<LoanPart> parts) {

    public Allocation {
        parts = List.copyOf(parts);
    }

    public boolean complete() {
        return funded == requested;
    }

    public BigDecimal rate() {
        if (funded == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal weighted = BigDecimal.ZERO;
        for (LoanPart part : parts) {
            weighted = weighted.add(BigDecimal.valueOf(part.amount()).multiply(BigDecimal.valueOf(part.rateBps())));
        }
        return weighted.divide(BigDecimal.valueOf(funded), 0, RoundingMode.HALF_EVEN)
                .movePointLeft(2)
                .setScale(2, RoundingMode.UNNECESSARY);
    }
}
