package io.peerlend.lending.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Collect money from the lender's bank; {@code depositId} is derived from the request's idempotency key. */
public record RequestDeposit(@TargetAggregateIdentifier String lenderId, String depositId, long amountMinor,
                             String currency) {
}
