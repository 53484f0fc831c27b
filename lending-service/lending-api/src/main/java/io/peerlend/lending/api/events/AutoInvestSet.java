package io.peerlend.lending.api.events;

import io.peerlend.lending.api.commands.SetAutoInvest;
import java.time.Instant;
import java.util.List;

/**
 * The lender's auto-invest rule is now this one (see {@link SetAutoInvest}); {@code guidanceFloor} (null in rules set
 * before it existed: false) when each market's guidance rate is the lowest rate offered instead of {@code minRateBps}.
 */
public record AutoInvestSet(
        String lenderId,
        boolean enabled,
        List<String> marketIds,
        int minRateBps,
        int maxRateBps,
        long maxPerLoanMinor,
        boolean reinvestRepayments,
        Instant setAt,
        Boolean guidanceFloor) {

    /** A rule with a rate band of its own. */
    public AutoInvestSet(
            String lenderId,
            boolean enabled,
            List<String> marketIds,
            int minRateBps,
            int maxRateBps,
            long maxPerLoanMinor,
            boolean reinvestRepayments,
            Instant setAt) {
        this(lenderId, enabled, marketIds, minRateBps, maxRateBps, maxPerLoanMinor, reinvestRepayments, setAt, false);
    }

    public boolean atGuidance() {
        return Boolean.TRUE.equals(guidanceFloor);
    }
}
