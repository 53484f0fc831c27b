package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.LenderAccounts;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Money arrived ({@code trigger}: a deposit, a repayment, or the rule itself): offer what is available by the lender's
 * auto-invest rule, given each target market's lowest rate now, the market's part limit (per mille of an offer) and
 * each market's guidance rate now (basis points; a market without one is missing).
 */
public record AutoInvest(
        String lenderId,
        String trigger,
        boolean repayment,
        Map<String, Integer> lowestRateBps,
        int partSharePerMille,
        Map<String, Integer> guidanceRateBps) {

    public AutoInvest(
            String lenderId,
            String trigger,
            boolean repayment,
            Map<String, Integer> lowestRateBps,
            int partSharePerMille) {
        this(lenderId, trigger, repayment, lowestRateBps, partSharePerMille, Map.of());
    }

    @TargetAggregateIdentifier
    public String accountId() {
        return LenderAccounts.idFor(lenderId);
    }
}
