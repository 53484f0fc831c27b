package io.peerlend.lending.api.events;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The borrower accepted the quote: the market now matches the loan for real, at no more than the quoted rate
 * ({@code maxRatePercent}); if it cannot, the application goes back to scored for a new quote.
 */
public record QuoteAccepted(
        String applicationId,
        String borrowerId,
        String marketId,
        long amountMinor,
        BigDecimal maxRatePercent,
        Instant acceptedAt) {}
