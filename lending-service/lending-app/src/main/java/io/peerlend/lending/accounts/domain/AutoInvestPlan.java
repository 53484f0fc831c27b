package io.peerlend.lending.accounts.domain;

import io.peerlend.lending.api.events.AutoInvestSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How an auto-invest rule offers available money: shared evenly across the target markets it can offer in (the odd
 * cents to the first), each share in offers no larger than the rule's per-loan limit allows (a loan takes at most the
 * market's per-mille share of an offer), at the market's lowest rate kept within the lender's bounds (the upper bound
 * in an empty market). The lower bound is the rule's own, or each market's guidance rate when the rule says so; a
 * market whose guidance is unknown or above the rule's upper bound gets nothing (its risk is not priced within the
 * lender's bounds). Pieces under the smallest offer stay available.
 */
public final class AutoInvestPlan {

    public record PlannedOffer(String marketId, long amountMinor, int rateBps) {}

    private AutoInvestPlan() {}

    public static List<PlannedOffer> plan(
            AutoInvestSet rule,
            long available,
            Map<String, Integer> lowestRateBps,
            int partSharePerMille,
            long smallestOffer,
            Map<String, Integer> guidanceRateBps) {
        List<PlannedOffer> offers = new ArrayList<>();
        if (rule == null || !rule.enabled() || rule.marketIds().isEmpty() || available < smallestOffer) {
            return offers;
        }
        Map<String, Integer> floors = new LinkedHashMap<>();
        for (String market : rule.marketIds()) {
            Integer floor = rule.atGuidance() ? guidanceRateBps.get(market) : Integer.valueOf(rule.minRateBps());
            if (floor != null && floor <= rule.maxRateBps()) {
                floors.put(market, floor);
            }
        }
        int n = floors.size();
        if (n == 0) {
            return offers;
        }
        long ceiling = rule.maxPerLoanMinor() > 0 && partSharePerMille > 0
                ? rule.maxPerLoanMinor() * 1000 / partSharePerMille
                : Long.MAX_VALUE;
        int m = 0;
        for (Map.Entry<String, Integer> market : floors.entrySet()) {
            long share = available / n + (m++ == 0 ? available % n : 0);
            int lowest = lowestRateBps.getOrDefault(market.getKey(), rule.maxRateBps());
            int rate = Math.max(market.getValue(), Math.min(rule.maxRateBps(), lowest));
            while (share >= smallestOffer) {
                long amount = Math.min(share, ceiling);
                offers.add(new PlannedOffer(market.getKey(), amount, rate));
                share -= amount;
            }
        }
        return offers;
    }
}
