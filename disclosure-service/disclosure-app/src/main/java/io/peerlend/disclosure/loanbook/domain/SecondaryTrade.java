package io.peerlend.disclosure.loanbook.domain;

import java.time.LocalDate;

/**
 * One secondary-market listing as disclosure keeps it (no lender named): the listing and its loan (internal ids, only
 * ever published one-way hashed), when listed, withdrawn or sold (null: not), and a sale's principal, premium
 * (negative: a discount) and price, in minor units.
 */
public record SecondaryTrade(
        String listingId,
        String loanId,
        LocalDate listedOn,
        LocalDate withdrawnOn,
        LocalDate soldOn,
        long principalMinor,
        long premiumMinor,
        long priceMinor) {}
