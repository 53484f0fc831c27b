package io.peerlend.lending.api.commands;

import java.math.BigDecimal;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The scoring service's decision on an application, to be recorded. */
public record RecordCreditDecision(
        @TargetAggregateIdentifier String applicationId,
        String grade,
        BigDecimal pd,
        int score,
        List<String> reasons,
        String modelVersion) {}
