package io.peerlend.disclosure.loanbook.domain;

import java.time.LocalDate;

/**
 * One secondary-market listing as disclosure keeps it (no lender named): when listed, withdrawn or sold (null: not),
 * and a sale's principal, premium (negative: a discount) and price, in minor units.
 */
public record SecondaryTrade(
        LocalDate listedOn,
        LocalDate withdrawnOn,
        LocalDate soldOn,
        long principalMinor,
        long premiumMinor,
        long priceMinor) {}
