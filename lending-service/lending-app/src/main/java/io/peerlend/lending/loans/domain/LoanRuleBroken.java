package io.peerlend.lending.loans.domain;

/** A request the loan cannot accept in its state (answered 409), or with a bad amount (answered 400 on {@code field}). */
public class LoanRuleBroken extends RuntimeException {

    private final String field;

    public LoanRuleBroken(String field, String message) {
        super(message);
        this.field = field;
    }

    /** Null when the request is fine but the loan's state does not allow it. */
    public String field() {
        return field;
    }
}
