package io.peerlend.lending.api.commands;

import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A lender's answers to the appropriateness questions (question id → chosen option id). */
public record AssessAppropriateness(String lenderId, Map<String, String> answers) {

    @TargetAggregateIdentifier
    public String suitabilityId() {
        return "lender-suitability:" + lenderId;
    }
}
