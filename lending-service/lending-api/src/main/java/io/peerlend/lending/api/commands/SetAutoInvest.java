package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.LenderAccounts;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A lender's auto-invest rule: money arriving (deposits, and repayments if {@code reinvestRepayments}) is offered in
 * the target markets at the market's lowest rate kept within the lender's bounds, in offers small enough that no
 * single loan takes more than {@code maxPerLoanMinor} (0: the market's own part limit). With {@code guidanceFloor}
 * the lowest rate in each market is its guidance rate ({@code minRateBps} is not used).
 */
public record SetAutoInvest(
        String lenderId,
        boolean enabled,
        List<String> marketIds,
        int minRateBps,
        int maxRateBps,
        long maxPerLoanMinor,
        boolean reinvestRepayments,
        boolean guidanceFloor) {

    /** A rule with a rate band of its own. */
    public SetAutoInvest(
            String lenderId,
            boolean enabled,
            List<String> marketIds,
            int minRateBps,
            int maxRateBps,
            long maxPerLoanMinor,
            boolean reinvestRepayments) {
        this(lenderId, enabled, marketIds, minRateBps, maxRateBps, maxPerLoanMinor, reinvestRepayments, false);
    }

    @TargetAggregateIdentifier
    public String accountId() {
        return LenderAccounts.idFor(lenderId);
    }
}
