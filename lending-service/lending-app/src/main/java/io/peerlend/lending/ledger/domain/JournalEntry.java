package io.peerlend.lending.ledger.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One double-entry journal entry in minor units: the debits equal the credits, always (checked when it is made).
 * Accounts are named {@code kind} or {@code kind:owner}, e.g. {@code lender-cash:<lender id>}.
 */
public record JournalEntry(String id, Instant at, String description, String currency, List<Line> lines) {

    public record Line(String account, long debit, long credit) {}

    public JournalEntry {
        lines = List.copyOf(lines);
        long debits = lines.stream().mapToLong(Line::debit).sum();
        long credits = lines.stream().mapToLong(Line::credit).sum();
        if (debits != credits || lines.stream().anyMatch(l -> l.debit() < 0 || l.credit() < 0)) {
            throw new IllegalArgumentException("an unbalanced journal entry: " + description + " " + lines);
        }
    }

    /** Collects lines for one entry; zero amounts are left out. */
    static final class Builder {
        private final ArrayList<Line> lines = new ArrayList<>();

        Builder debit(String account, long amount) {
            if (amount != 0) {
                lines.add(new Line(account, amount, 0));
            }
            return this;
        }

        Builder credit(String account, long amount) {
            if (amount != 0) {
                lines.add(new Line(account, 0, amount));
            }
            return this;
        }

        JournalEntry build(String id, Instant at, String description, String currency) {
            return new JournalEntry(id, at, description, currency, lines);
        }
    }

    static JournalEntry of(
            String id, Instant at, String description, String currency, String debit, String credit, long amount) {
        return new JournalEntry(
                id, at, description, currency, List.of(new Line(debit, amount, 0), new Line(credit, 0, amount)));
    }
}
