package io.peerlend.kyc.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record OpenAmlCase(@TargetAggregateIdentifier String caseId, String customerId, List<AmlAlert> alerts) {}
