package io.peerlend.lending.markets.domain;

/** An offer the market cannot take or a cancellation it cannot make; nothing changes. */
public class MarketRuleBroken extends RuntimeException {

    public MarketRuleBroken(String reason) {
        super(reason);
    }
}
