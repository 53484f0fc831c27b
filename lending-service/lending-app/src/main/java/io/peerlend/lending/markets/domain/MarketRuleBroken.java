package io.peerlend.lending.markets.domain;

import io.peerlend.lending.product.RuleBroken;

/** An offer the market cannot take or a cancellation it cannot make; nothing changes. */
public class MarketRuleBroken extends RuleBroken {

    public MarketRuleBroken(String reason) {
        super(null, reason);
    }
}
