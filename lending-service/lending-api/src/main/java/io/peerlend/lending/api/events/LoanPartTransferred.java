package io.peerlend.lending.api.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A listing was sold: from {@code transferOn} every future payment of the listed {@code parts} goes to the buyer.
 * The buyer pays {@code priceMinor} = the principal outstanding + {@code premiumMinor} (negative: a discount) + the
 * interest accrued to the transfer day net of the servicing fee ({@code accruedInterestMinor}, the seller's); the
 * seller receives the price less {@code feeMinor}, the platform's sale fee.
 */
public record LoanPartTransferred(
        String loanId,
        String listingId,
        String purchaseId,
        String sellerId,
        String buyerId,
        List<Integer> parts,
        long principalMinor,
        long premiumMinor,
        long accruedInterestMinor,
        long priceMinor,
        long feeMinor,
        String currency,
        LocalDate transferOn,
        Instant transferredAt) {}
