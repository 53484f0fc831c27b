package io.peerlend.lending.loans.domain;

import io.peerlend.lending.product.RuleBroken;

/** A request the loan cannot accept in its state (no field), or with a bad amount (naming the field). */
public class LoanRuleBroken extends RuleBroken {

    public LoanRuleBroken(String field, String message) {
        super(field, message);
    }
}
