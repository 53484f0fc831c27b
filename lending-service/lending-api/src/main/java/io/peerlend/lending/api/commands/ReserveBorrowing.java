package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.BorrowerExposures;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reserve an accepted loan's amount within the borrower's cap before the market funds it (idempotent by application id); answers whether it was granted. */
public record ReserveBorrowing(String borrowerId, String applicationId, long amountMinor) {

    @TargetAggregateIdentifier
    public String exposureId() {
        return BorrowerExposures.idFor(borrowerId);
    }
}
