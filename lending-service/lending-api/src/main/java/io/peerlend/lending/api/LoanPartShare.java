package io.peerlend.lending.api;

/**
 * One lender's share of a loan: the money that went in from one of their offers, at the offer's rate
 * ({@code rateBps}, basis points a year; the part earns it). Null in events from before parts carried their rate:
 * such a part earns the loan's rate.
 */
public record LoanPartShare(String lenderId, String offerId, long amountMinor, Integer rateBps) {

    /** A share whose rate is the loan's own. */
    public LoanPartShare(String lenderId, String offerId, long amountMinor) {
        this(lenderId, offerId, amountMinor, null);
    }
}
