package io.peerlend.lending.api.events;

import io.peerlend.lending.api.LoanPartShare;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The accepted loan is funded by {@code parts} lenders at {@code ratePercent}; disbursement comes next; the
 * shares (one per lender part) sum to the amount. */
public record LoanFunded(
        String applicationId,
        String marketId,
        long amountMinor,
        BigDecimal ratePercent,
        int parts,
        Instant fundedAt,
        List<LoanPartShare> shares) {}
