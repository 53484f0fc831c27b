package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.LenderAccounts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The seller's side of a transfer: the price less the sale fee reaches their available money; once per listing. */
public record ReceiveSaleProceeds(
        String lenderId,
        String listingId,
        String loanId,
        String purchaseId,
        long principalMinor,
        long priceMinor,
        long feeMinor,
        String currency) {

    @TargetAggregateIdentifier
    public String accountId() {
        return LenderAccounts.idFor(lenderId);
    }
}
