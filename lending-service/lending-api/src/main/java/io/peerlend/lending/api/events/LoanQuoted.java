package io.peerlend.lending.api.events;

import io.peerlend.lending.api.LoanPartShare;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A scored application got a quote: the market's weighted rate, the APR, the platform's fee, the payment and the
 * total, valid until {@code validUntil}. The whole schedule follows from these with the platform's schedule code:
 * the sum of the schedules of the {@code parts} it was priced from, each at its lender's rate (null in quotes from
 * before: one schedule at the weighted rate).
 */
public record LoanQuoted(
        String applicationId,
        String marketId,
        BigDecimal ratePercent,
        BigDecimal aprPercent,
        long feeMinor,
        long monthlyPaymentMinor,
        long totalRepayableMinor,
        LocalDate firstDueDate,
        Instant validUntil,
        Instant quotedAt,
        List<LoanPartShare> parts) {

    public LoanQuoted(
            String applicationId,
            String marketId,
            BigDecimal ratePercent,
            BigDecimal aprPercent,
            long feeMinor,
            long monthlyPaymentMinor,
            long totalRepayableMinor,
            LocalDate firstDueDate,
            Instant validUntil,
            Instant quotedAt) {
        this(
                applicationId,
                marketId,
                ratePercent,
                aprPercent,
                feeMinor,
                monthlyPaymentMinor,
                totalRepayableMinor,
                firstDueDate,
                validUntil,
                quotedAt,
                null);
    }
}
