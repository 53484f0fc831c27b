package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.LenderAccounts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The buyer's side of a transfer: {@code bought} spends {@code priceMinor} of the reservation and gives the rest back;
 * otherwise the whole reservation goes back ({@code reason} says why). Once per purchase.
 */
public record SettlePurchase(
        String lenderId,
        String purchaseId,
        boolean bought,
        String loanId,
        String listingId,
        long principalMinor,
        long priceMinor,
        String reason) {

    @TargetAggregateIdentifier
    public String accountId() {
        return LenderAccounts.idFor(lenderId);
    }
}
