package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.LenderAccounts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Collect money from the lender's bank; {@code depositId} is derived from the request's idempotency key. */
public record RequestDeposit(String lenderId, String depositId, long amountMinor, String currency) {

    /** Aggregate ids are unique across the shared store, and the customer id is already KYC's: so prefixed. */
    @TargetAggregateIdentifier
    public String accountId() {
        return LenderAccounts.idFor(lenderId);
    }
}
