package io.peerlend.lending.api;

import java.math.BigDecimal;
import java.time.Instant;

/** The accepted loan is funded by {@code parts} lenders at {@code ratePercent}; disbursement comes next. */
public record LoanFunded(String applicationId, String marketId, long amountMinor, BigDecimal ratePercent, int parts,
                         Instant fundedAt) {
}
