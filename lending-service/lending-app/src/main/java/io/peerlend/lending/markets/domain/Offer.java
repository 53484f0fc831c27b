package io.peerlend.lending.markets.domain;

/**
 * A lender's standing offer in one market, in minor units, at a rate in basis points a year. Mutable only inside its
 * {@link OrderBook}, which is itself owned by one market aggregate (one consistency boundary per market).
 */
public final class Offer {

    final String offerId;
    final String lenderId;
    final int rateBps;
    final long originalAmount;
    final long placedSequence;
    long remaining;

    Offer(String offerId, String lenderId, int rateBps, long amount, long placedSequence) {
        this.offerId = offerId;
        this.lenderId = lenderId;
        this.rateBps = rateBps;
        this.originalAmount = amount;
        this.remaining = amount;
        this.placedSequence = placedSequence;
    }

    public String offerId() {
        return offerId;
    }

    public String lenderId() {
        return lenderId;
    }

    public int rateBps() {
        return rateBps;
    }

    public long remaining() {
        return remaining;
    }
}
