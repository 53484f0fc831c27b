package io.peerlend.lending.api.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The loan moved to another arrears bucket (CURRENT, 1-30, 31-60, 61-90, 90+) as of a business date: days past due
 * of the oldest unpaid instalment, what is overdue and how many instalments are missed.
 */
public record LoanArrearsChanged(
        String loanId,
        String bucket,
        int daysPastDue,
        long overdueMinor,
        int missedInstalments,
        LocalDate asOf,
        Instant changedAt) {}
