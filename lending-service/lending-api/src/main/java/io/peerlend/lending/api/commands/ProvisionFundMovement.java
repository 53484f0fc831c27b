package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.ProvisionFunds;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A movement of the provision fund for one loan, once per {@code reference}: CONTRIBUTE (the loan's risk fee, once the
 * cooling-off period is over), DRAW (a default: pays what it can of {@code amountMinor}), REIMBURSE (a recovery on a
 * loan it covered).
 */
public record ProvisionFundMovement(String currency, String loanId, String reference, Kind kind, long amountMinor) {

    public enum Kind {
        CONTRIBUTE,
        DRAW,
        REIMBURSE
    }

    @TargetAggregateIdentifier
    public String fundId() {
        return ProvisionFunds.idFor(currency);
    }
}
