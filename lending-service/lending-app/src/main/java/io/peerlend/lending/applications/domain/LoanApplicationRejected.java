package io.peerlend.lending.applications.domain;

import java.util.List;

/** An application that breaks the product's rules; nothing is stored. */
public class LoanApplicationRejected extends RuntimeException {

    private final List<Violation> violations;

    public LoanApplicationRejected(List<Violation> violations) {
        super("loan application rejected: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
