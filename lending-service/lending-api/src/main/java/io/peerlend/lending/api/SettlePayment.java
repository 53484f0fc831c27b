package io.peerlend.lending.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The payment provider's word (a verified webhook) on a deposit or withdrawal: settled, or failed with a reason.
 * Applying it twice changes nothing.
 */
public record SettlePayment(@TargetAggregateIdentifier String lenderId, String reference, boolean settled,
                            String reason) {
}
