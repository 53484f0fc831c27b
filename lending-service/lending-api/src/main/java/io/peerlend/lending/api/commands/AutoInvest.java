package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.LenderAccounts;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Money arrived ({@code trigger}: a deposit, a repayment, or the rule itself): offer what is available by the lender's
 * auto-invest rule, given each target market's lowest rate now and the market's part limit (per mille of an offer).
 */
public record AutoInvest(
        String lenderId, String trigger, boolean repayment, Map<String, Integer> lowestRateBps, int partSharePerMille) {

    @TargetAggregateIdentifier
    public String accountId() {
        return LenderAccounts.idFor(lenderId);
    }
}
