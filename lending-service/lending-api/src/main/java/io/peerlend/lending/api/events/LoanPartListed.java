package io.peerlend.lending.api.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A lender's holding in a loan ({@code parts}: the loan's part numbers they own) is for sale at its principal
 * outstanding ({@code principalMinor} when listed; the price follows it to the day of sale) with {@code premiumBps}
 * (negative: a discount).
 */
public record LoanPartListed(
        String loanId,
        String listingId,
        String sellerId,
        List<Integer> parts,
        long principalMinor,
        int premiumBps,
        String currency,
        LocalDate listedOn,
        Instant listedAt) {}
