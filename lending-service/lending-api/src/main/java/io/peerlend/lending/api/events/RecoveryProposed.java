package io.peerlend.lending.api.events;

import java.time.Instant;
import java.time.LocalDate;

/** An officer proposed a recovery received outside the payment port; it waits for a second person's approval. */
public record RecoveryProposed(
        String loanId,
        String reference,
        long amountMinor,
        LocalDate asOf,
        String proposedBy,
        String evidence,
        Instant proposedAt) {}
