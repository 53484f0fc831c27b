package io.peerlend.lending.api.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The KYC service has verified the borrower: the application may go on to scoring. */
public record ConfirmBorrowerIdentity(
        @TargetAggregateIdentifier String applicationId) {}
