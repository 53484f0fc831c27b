package io.peerlend.lending.suitability.domain;

import io.peerlend.lending.product.RuleBroken;

/** An assessment or declaration not allowed now (no field), or missing what it needs (naming the field). */
public class SuitabilityRuleBroken extends RuleBroken {

    public SuitabilityRuleBroken(String reason) {
        super(null, reason);
    }

    public SuitabilityRuleBroken(String field, String reason) {
        super(field, reason);
    }
}
