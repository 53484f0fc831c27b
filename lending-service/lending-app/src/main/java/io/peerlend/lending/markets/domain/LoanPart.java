package io.peerlend.lending.markets.domain;

/** One lender's share of one loan: from which offer, how much, at which rate (basis points a year). */
public record LoanPart(String offerId, String lenderId, long amount, int rateBps) {}
