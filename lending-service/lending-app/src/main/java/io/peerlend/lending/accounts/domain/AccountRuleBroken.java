package io.peerlend.lending.accounts.domain;

/** A money request the account cannot accept (too little available, a reused idempotency key); nothing happens. */
public class AccountRuleBroken extends RuntimeException {

    private final String field;

    public AccountRuleBroken(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
