package io.peerlend.lending.markets.domain;

import io.peerlend.lending.product.LoanPartPolicy;

/** The profile's market rules: the lowest rate a lender may offer (basis points a year) and the loan-part rules. */
public record MarketPolicy(int rateFloorBps, LoanPartPolicy parts) {

    public static final MarketPolicy DEFAULT = new MarketPolicy(100, LoanPartPolicy.DEFAULT);
}
