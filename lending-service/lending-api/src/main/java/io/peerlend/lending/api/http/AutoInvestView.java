package io.peerlend.lending.api.http;

import java.util.List;

/**
 * A lender's auto-invest rule: the markets it lends in, the rates it accepts (percent a year), at most how much per
 * loan (null: no limit beyond the loan part rules) and whether repayments are lent again; {@code minRateAtGuidance}
 * (and {@code minRate} null) when each market's guidance rate is the lowest it offers at.
 */
public record AutoInvestView(
        boolean enabled,
        List<String> markets,
        String minRate,
        String maxRate,
        String maxPerLoan,
        boolean reinvestRepayments,
        boolean minRateAtGuidance) {}
