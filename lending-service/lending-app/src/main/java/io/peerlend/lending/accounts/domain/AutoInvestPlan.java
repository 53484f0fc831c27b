package io.peerlend.lending.accounts.domain;

import io.peerlend.lending.api.events.AutoInvestSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How an auto-invest rule offers available money: shared evenly across the target markets (the odd cents to the first),
 * each share in offers no larger than the rule's per-loan limit allows (a loan takes at most the market's per-mille
 * share of an offer), at the market's lowest rate kept within the lender's bounds (the upper bound in an empty
 * market). Pieces under the smallest offer stay available.
 */
public final class AutoInvestPlan {

    public record PlannedOffer(String marketId, long amountMinor, int rateBps) {}

    private AutoInvestPlan() {}

    public static List<PlannedOffer> plan(
            AutoInvestSet rule,
            long available,
            Map<String, Integer> lowestRateBps,
            int partSharePerMille,
            long smallestOffer) {
        List<PlannedOffer> offers = new ArrayList<>();
        if (rule == null || !rule.enabled() || rule.marketIds().isEmpty() || available < smallestOffer) {
            return offers;
        }
        int n = rule.marketIds().size();
        long ceiling = rule.maxPerLoanMinor() > 0 && partSharePerMille > 0
                ? rule.maxPerLoanMinor() * 1000 / partSharePerMille
                : Long.MAX_VALUE;
        for (int m = 0; m < n; m++) {
            String market = rule.marketIds().get(m);
            long share = available / n + (m == 0 ? available % n : 0);
            int lowest = lowestRateBps.getOrDefault(market, rule.maxRateBps());
            int rate = Math.max(rule.minRateBps(), Math.min(rule.maxRateBps(), lowest));
            while (share >= smallestOffer) {
                long amount = Math.min(share, ceiling);
                offers.add(new PlannedOffer(market, amount, rate));
                share -= amount;
            }
        }
        return offers;
    }
}
