package io.peerlend.lending.product;

import java.util.List;

/**
 * A request a rule of the product refuses; nothing changes. Every feature's rule-violation type extends this, so one
 * advice answers them all ({@code LendingProblems}): the kind says whether the request (400, naming the fields), the
 * state it met (409) or a reused idempotency key (422) is at fault.
 */
public class RuleBroken extends RuntimeException {

    /** The header a money-moving request names its idempotency key in; a violation on it is a reused key. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    public enum Kind {
        INVALID_REQUEST,
        STATE_CONFLICT,
        KEY_REUSED
    }

    private final Kind kind;
    private final List<Violation> violations;

    /** {@code field} names the input at fault; null when the request is fine but the state does not allow it. */
    public RuleBroken(String field, String message) {
        this(kindOf(field), field == null ? List.of() : List.of(new Violation(field, message)), message);
    }

    protected RuleBroken(Kind kind, List<Violation> violations, String message) {
        super(message);
        this.kind = kind;
        this.violations = List.copyOf(violations);
    }

    private static Kind kindOf(String field) {
        if (field == null) {
            return Kind.STATE_CONFLICT;
        }
        return IDEMPOTENCY_KEY.equals(field) ? Kind.KEY_REUSED : Kind.INVALID_REQUEST;
    }

    public Kind kind() {
        return kind;
    }

    /** The inputs at fault; empty for a conflict with the state. */
    public List<Violation> violations() {
        return violations;
    }

    /** The input at fault, or null. */
    public String field() {
        return violations.isEmpty() ? null : violations.get(0).field();
    }
}
