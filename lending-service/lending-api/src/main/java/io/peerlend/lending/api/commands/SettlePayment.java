package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.LenderAccounts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The payment provider's word (a verified webhook) on a deposit or withdrawal: settled, or failed with a reason.
 * Applying it twice changes nothing.
 */
public record SettlePayment(String lenderId, String reference, boolean settled, String reason) {

    /** Aggregate ids are unique across the shared store, and the customer id is already KYC's: so prefixed. */
    @TargetAggregateIdentifier
    public String accountId() {
        return LenderAccounts.idFor(lenderId);
    }
}
