package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.LoanPartShare;
import java.math.BigDecimal;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The outcome of matching an accepted application: funded at a rate with its parts, or not (with the reason). */
public record RecordFunding(
        @TargetAggregateIdentifier String applicationId,
        boolean funded,
        String reason,
        BigDecimal ratePercent,
        int parts,
        List<LoanPartShare> shares) {}
