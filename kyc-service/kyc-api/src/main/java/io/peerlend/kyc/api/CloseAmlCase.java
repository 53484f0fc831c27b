package io.peerlend.kyc.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** End a case: cleared (explained) or reported (a suspicious activity report with the sealed narrative). */
public record CloseAmlCase(@TargetAggregateIdentifier String caseId, String officerId, boolean report, Sealed text) {}
