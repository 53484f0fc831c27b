package io.peerlend.lending.accounts.domain;

import io.peerlend.lending.product.RuleBroken;

/**
 * A money request the account cannot accept (too little available, a reused idempotency key, a restricted or frozen
 * account); nothing happens.
 */
public class AccountRuleBroken extends RuleBroken {

    public AccountRuleBroken(String field, String reason) {
        super(field, reason);
    }
}
