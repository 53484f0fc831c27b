package io.peerlend.lending.api.events;

import java.time.Instant;
import java.time.LocalDate;

/** The loan met the profile's default trigger ({@code reason}); collections stop and recovery starts. */
public record LoanDefaulted(
        String loanId,
        String reason,
        long outstandingPrincipalMinor,
        long interestDueMinor,
        long feesDueMinor,
        LocalDate defaultedOn,
        Instant defaultedAt) {}
