package io.peerlend.lending.api.commands;

import io.peerlend.lending.api.LoanPartShare;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The quote computed for a scored application, to be recorded (or {@code available = false} with the reason). */
public record RecordQuote(
        @TargetAggregateIdentifier String applicationId,
        boolean available,
        String reason,
        String marketId,
        BigDecimal ratePercent,
        BigDecimal aprPercent,
        long feeMinor,
        long monthlyPaymentMinor,
        long totalRepayableMinor,
        LocalDate firstDueDate,
        Instant validUntil,
        List<LoanPartShare> parts) {

    /** A refusal, or a quote without the parts it was priced from. */
    public RecordQuote(
            String applicationId,
            boolean available,
            String reason,
            String marketId,
            BigDecimal ratePercent,
            BigDecimal aprPercent,
            long feeMinor,
            long monthlyPaymentMinor,
            long totalRepayableMinor,
            LocalDate firstDueDate,
            Instant validUntil) {
        this(
                applicationId,
                available,
                reason,
                marketId,
                ratePercent,
                aprPercent,
                feeMinor,
                monthlyPaymentMinor,
                totalRepayableMinor,
                firstDueDate,
                validUntil,
                null);
    }
}
