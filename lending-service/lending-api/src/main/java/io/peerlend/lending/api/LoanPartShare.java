package io.peerlend.lending.api;

/** One lender's share of a loan: the money that went in from one of their offers. */
public record LoanPartShare(String lenderId, String offerId, long amountMinor) {
}
