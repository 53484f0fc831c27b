package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.LenderAccounts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Pay available money out to the lender's bank; {@code withdrawalId} comes from the idempotency key. */
public record RequestWithdrawal(String lenderId, String withdrawalId, long amountMinor, String currency) {

    /** Aggregate ids are unique across the shared store, and the customer id is already KYC's: so prefixed. */
    @TargetAggregateIdentifier
    public String accountId() {
        return LenderAccounts.idFor(lenderId);
    }
}
