package io.peerlend.lending.api.commands;

import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Fund an accepted loan from the market's book, all or nothing, at a weighted rate no higher than quoted. Matching the
 * same loan again returns the first match.
 */
public record MatchLoan(
        @TargetAggregateIdentifier String marketId, String loanId, long amountMinor, BigDecimal maxRatePercent) {}
