package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.LenderAccounts;
import io.peerlend.lending.api.PayerCheck;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The payment provider's word (a verified webhook) on a deposit or withdrawal: settled, or failed with a reason, and
 * for a deposit whose account it came from ({@code payer}; null for a withdrawal). Applying it twice changes nothing.
 */
public record SettlePayment(String lenderId, String reference, boolean settled, String reason, PayerCheck payer) {

    /** An outcome that says nothing of the payer (a withdrawal, a failure). */
    public SettlePayment(String lenderId, String reference, boolean settled, String reason) {
        this(lenderId, reference, settled, reason, null);
    }

    /** Aggregate ids are unique across the shared store, and the customer id is already KYC's: so prefixed. */
    @TargetAggregateIdentifier
    public String accountId() {
        return LenderAccounts.idFor(lenderId);
    }
}
