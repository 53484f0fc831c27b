package io.peerlend.lending.product;

import java.util.List;
import java.util.Set;

/**
 * An application that breaks the product's rules; nothing is stored. A violation of the application's status or its
 * quote is a conflict with its state; any other names the input to fix (all of them at once).
 */
public class LoanApplicationRejected extends RuleBroken {

    private static final Set<String> STATE_FIELDS = Set.of("status", "quote");

    public LoanApplicationRejected(List<Violation> violations) {
        this(
                violations.stream().anyMatch(v -> STATE_FIELDS.contains(v.field()))
                        ? Kind.STATE_CONFLICT
                        : Kind.INVALID_REQUEST,
                violations);
    }

    private LoanApplicationRejected(Kind kind, List<Violation> violations) {
        super(kind, violations, "loan application rejected: " + violations);
    }

    /** The same refusal, answered as a conflict with the borrower's state (a cap met when accepting, say). */
    public LoanApplicationRejected asConflict() {
        return new LoanApplicationRejected(Kind.STATE_CONFLICT, violations());
    }
}
