package io.peerlend.lending.api.http;

import java.time.LocalDate;

/**
 * What paying a loan off costs on a business date, as decimal strings: what is due now (instalments past due), late
 * fees, interest to the day, the principal not yet due, and the total.
 */
public record PayoffView(
        LocalDate asOf,
        String dueNow,
        String lateFees,
        String interestToToday,
        String principalNotYetDue,
        String total) {}
