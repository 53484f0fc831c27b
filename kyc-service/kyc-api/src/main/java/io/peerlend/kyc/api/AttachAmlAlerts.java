package io.peerlend.kyc.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AttachAmlAlerts(@TargetAggregateIdentifier String caseId, List<AmlAlert> alerts) {}
