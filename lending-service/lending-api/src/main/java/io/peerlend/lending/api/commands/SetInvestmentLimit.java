package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.InvestorCategory;
import io.peerlend.lending.api.LenderAccounts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The lender's investor category and what it lets them commit in 12 months ({@code limitMinor}, -1 for no limit),
 * recorded on their account so that every offer, manual or automatic, is checked inside the account's consistency
 * boundary. Idempotent: the same limit again changes nothing.
 */
public record SetInvestmentLimit(String lenderId, InvestorCategory category, long limitMinor) {

    @TargetAggregateIdentifier
    public String accountId() {
        return LenderAccounts.idFor(lenderId);
    }
}
