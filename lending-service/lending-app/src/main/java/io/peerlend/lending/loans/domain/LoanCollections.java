package io.peerlend.lending.loans.domain;

import io.peerlend.lending.product.RuleBroken;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A loan's collections by reference: those asked of the payment provider and not yet settled, and those settled or
 * failed, so that a retried request (the same idempotency key) is answered with the original collection and the same
 * key for a different request is refused. Only the loan's event-sourcing handlers change it.
 */
final class LoanCollections {

    record Pending(String kind, long amount, LocalDate asOf) {}

    private final Map<String, Pending> pending = new HashMap<>();
    private final Map<String, Loan.Collection> done = new HashMap<>();

    Pending pending(String reference) {
        return pending.get(reference);
    }

    boolean nonePending() {
        return pending.isEmpty();
    }

    boolean anyPending(String kind) {
        return pending.values().stream().anyMatch(p -> kind.equals(p.kind()));
    }

    boolean finished(String reference) {
        return done.containsKey(reference);
    }

    /** The collection a reference already names, pending or finished (or null). */
    Loan.Collection earlier(String reference) {
        Pending p = pending.get(reference);
        return p != null
                ? new Loan.Collection(reference, p.kind(), p.amount(), p.asOf(), "REQUESTED")
                : done.get(reference);
    }

    /** The earlier collection when the request is the same one again; a refusal naming the key when it is not. */
    static Loan.Collection sameRequest(Loan.Collection earlier, boolean same) {
        if (!same) {
            throw new LoanRuleBroken(
                    RuleBroken.IDEMPOTENCY_KEY,
                    "this key already asked for a "
                            + earlier.kind().toLowerCase(Locale.ROOT).replace('_', '-') + " collection of "
                            + earlier.amountMinor()
                            + " minor units on " + earlier.asOf() + "; a different request needs a new key");
        }
        return earlier;
    }

    void requireNonePending() {
        if (!pending.isEmpty()) {
            Pending p = pending.values().iterator().next();
            throw new LoanRuleBroken(
                    null,
                    "a collection of " + p.amount() + " minor units is in progress; "
                            + "try again once it has settled");
        }
    }

    void requested(String reference, String kind, long amount, LocalDate asOf) {
        pending.put(reference, new Pending(kind, amount, asOf));
    }

    /** Settled or failed: what a retry is answered with from now on. */
    void finish(String reference, String status, String kind, long amount, LocalDate asOf) {
        Pending p = pending.remove(reference);
        done.put(
                reference,
                p != null
                        ? new Loan.Collection(reference, p.kind(), p.amount(), p.asOf(), status)
                        : new Loan.Collection(reference, kind, amount, asOf, status));
    }
}
