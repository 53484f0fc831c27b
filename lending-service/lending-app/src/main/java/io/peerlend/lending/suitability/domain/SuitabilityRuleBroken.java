package io.peerlend.lending.suitability.domain;

/** An assessment or declaration not allowed now; nothing is recorded. */
public class SuitabilityRuleBroken extends RuntimeException {

    public SuitabilityRuleBroken(String reason) {
        super(reason);
    }
}
