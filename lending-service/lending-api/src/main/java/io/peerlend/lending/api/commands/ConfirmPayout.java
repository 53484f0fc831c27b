package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.BorrowerExposures;
import io.peerlend.lending.api.events.PayoutStopped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Asked just before a loan's money is sent: may this borrower be paid now? A restricted borrower's payout is stopped
 * (recorded as {@link PayoutStopped}).
 */
public record ConfirmPayout(String borrowerId, String loanId) {

    @TargetAggregateIdentifier
    public String exposureId() {
        return BorrowerExposures.idFor(borrowerId);
    }
}
