package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.LenderAccounts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Set aside a buyer's money for a loan part on the secondary market, under the same rules as an offer (available
 * money, a restricted investor's 12-month limit); a repeated {@code purchaseId} is the same reservation.
 */
public record ReserveForPurchase(
        String lenderId, String purchaseId, String listingId, String loanId, long amountMinor, String currency) {

    @TargetAggregateIdentifier
    public String accountId() {
        return LenderAccounts.idFor(lenderId);
    }
}
