package io.peerlend.kyc.api;

import java.time.Period;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The customer leaves the platform; personal data is retained for {@code retention} from today. */
public record EndRelationship(@TargetAggregateIdentifier String customerId, Period retention, String by) {}
