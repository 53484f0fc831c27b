package io.peerlend.lending.api.events;

import io.peerlend.lending.api.commands.ProvisionFundMovement;
import java.time.Instant;

/**
 * The provision fund moved {@code amountMinor} for a loan ({@code kind} as in {@link ProvisionFundMovement}); for a
 * draw, {@code requestedMinor} is what the lenders were owed and {@code amountMinor} what the fund could pay.
 */
public record ProvisionFundMoved(
        String currency,
        String loanId,
        String reference,
        ProvisionFundMovement.Kind kind,
        long amountMinor,
        long requestedMinor,
        long balanceAfterMinor,
        Instant movedAt) {}
