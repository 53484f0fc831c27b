package io.peerlend.lending.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Pay available money out to the lender's bank; {@code withdrawalId} comes from the idempotency key. */
public record RequestWithdrawal(@TargetAggregateIdentifier String lenderId, String withdrawalId, long amountMinor,
                                String currency) {
}
