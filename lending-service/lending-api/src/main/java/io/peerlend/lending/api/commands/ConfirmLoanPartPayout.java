package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.LenderAccounts;
import io.peerlend.lending.api.events.LoanPartPayoutStopped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Asked of each lender of a loan just before its money is sent to the borrower: may this lender's part go now? A
 * lender whose assets were frozen after the market matched their offer may not (recorded once as
 * {@link LoanPartPayoutStopped}); the answer is {@code true} or {@code false}.
 */
public record ConfirmLoanPartPayout(String lenderId, String loanId) {

    @TargetAggregateIdentifier
    public String accountId() {
        return LenderAccounts.idFor(lenderId);
    }
}
