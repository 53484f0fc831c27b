package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.LenderAccounts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The KYC service stopped this customer lending: no new offers or automatic reinvestment; with {@code freeze} (a
 * sanctions block, an asset freeze) no withdrawals either and their offers leave the markets.
 */
public record RestrictLender(String lenderId, boolean freeze, String reason) {

    @TargetAggregateIdentifier
    public String accountId() {
        return LenderAccounts.idFor(lenderId);
    }
}
