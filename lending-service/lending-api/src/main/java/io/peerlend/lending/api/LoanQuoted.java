package io.peerlend.lending.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A scored application got a quote: the market's weighted rate, the APR, the platform's fee, the payment and the
 * total, valid until {@code validUntil}. The whole schedule follows from these with the platform's schedule code.
 */
public record LoanQuoted(String applicationId, String marketId, BigDecimal ratePercent, BigDecimal aprPercent,
                         long feeMinor, long monthlyPaymentMinor, long totalRepayableMinor, LocalDate firstDueDate,
                         Instant validUntil, Instant quotedAt) {
}
