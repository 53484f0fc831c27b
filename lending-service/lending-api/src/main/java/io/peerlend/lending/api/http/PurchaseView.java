package io.peerlend.lending.api.http;

import java.time.LocalDate;

/**
 * A secondary-market purchase: the part's principal, the premium (negative: a discount), the interest accrued to the
 * day of sale paid to the seller, and the price paid (their sum), as decimal strings.
 */
public record PurchaseView(
        String purchaseId,
        String listingId,
        String loanId,
        String principal,
        String premium,
        String accruedInterest,
        String price,
        LocalDate transferOn,
        String status) {}
