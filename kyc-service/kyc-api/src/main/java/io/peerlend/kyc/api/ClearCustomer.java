package io.peerlend.kyc.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An officer judges a referral a false positive or completes enhanced due diligence. For a BLOCKED customer this is
 * the first of four eyes ({@code supervisor} false) or the approval by a different supervising officer.
 */
public record ClearCustomer(@TargetAggregateIdentifier String customerId, String officerId, boolean supervisor,
                            String note) {
}
