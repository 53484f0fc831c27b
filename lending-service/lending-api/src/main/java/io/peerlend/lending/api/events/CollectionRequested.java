package io.peerlend.lending.api.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The platform asked the payment provider to collect {@code amountMinor} from the borrower: what is due on
 * {@code asOf} (kind SCHEDULED), a repayment the borrower asked for (PART or FULL), the cooling-off withdrawal, or
 * money recovered on a defaulted loan (RECOVERY).
 */
public record CollectionRequested(
        String loanId,
        String borrowerId,
        String reference,
        String kind,
        long amountMinor,
        String currency,
        LocalDate asOf,
        Instant requestedAt) {

    public static final String SCHEDULED = "SCHEDULED";
    public static final String PART = "PART";
    public static final String FULL = "FULL";
    public static final String COOLING_OFF = "COOLING_OFF";
    public static final String RECOVERY = "RECOVERY";
}
