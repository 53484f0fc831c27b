package io.peerlend.kyc.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SuspendCustomer(
        @TargetAggregateIdentifier String customerId, String reason, String by, Sealed sealedNote) {

    /** The shape before the {@code sealedNote} was added. */
    public SuspendCustomer(String customerId, String reason, String by) {
        this(customerId, reason, by, null);
    }
}
