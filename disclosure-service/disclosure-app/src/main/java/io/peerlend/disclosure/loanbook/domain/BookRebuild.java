package io.peerlend.disclosure.loanbook.domain;

import io.peerlend.calendar.api.BusinessDateAdvanced;
import io.peerlend.kyc.api.PersonalDataErased;
import io.peerlend.kyc.api.RelatedPartySet;
import io.peerlend.lending.api.events.LoanApplicationSubmitted;
import io.peerlend.lending.api.events.LoanDisbursed;
import io.peerlend.lending.api.events.LoanOpened;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The loan book as of a past business date, rebuilt event by event from the first: the same {@link LoanFacts} the loan
 * book uses, until the business date moves past the date asked for. Its whole state is a record ({@link State}), so a
 * rebuild can be checkpointed and carried on from where it stopped — on another instance, after this one died — and
 * end exactly where an uninterrupted one would. Pure.
 */
public final class BookRebuild {

    /** Everything a rebuild has gathered so far: restoring it and reading on gives the same book. */
    public record State(
            LocalDate asOf,
            long eventsRead,
            boolean closed,
            Map<String, LoanFact> loans,
            Map<String, List<String>> applications,
            Map<String, List<String>> lendersOfLoan,
            Map<String, Set<String>> monthsOfLender,
            Set<String> related) {}

    /** The book as it stood: each loan's fact, each lender's months of lending, the related parties then. */
    public record Book(
            LocalDate asOf, Collection<LoanFact> loans, List<LenderActivity> lenders, Set<String> relatedParties) {}

    private final LocalDate asOf;
    private long eventsRead;
    private boolean closed;
    private final Map<String, LoanFact> loans;
    private final Map<String, List<String>> applications;
    private final Map<String, List<String>> lendersOfLoan;
    private final Map<String, Set<String>> monthsOfLender;
    private final Set<String> related;

    public BookRebuild(LocalDate asOf) {
        this(new State(asOf, 0, false, Map.of(), Map.of(), Map.of(), Map.of(), Set.of()));
    }

    public BookRebuild(State from) {
        this.asOf = from.asOf();
        this.eventsRead = from.eventsRead();
        this.closed = from.closed();
        this.loans = new HashMap<>(from.loans());
        this.applications = new HashMap<>(from.applications());
        this.lendersOfLoan = new HashMap<>(from.lendersOfLoan());
        this.monthsOfLender = new HashMap<>();
        from.monthsOfLender().forEach((l, months) -> monthsOfLender.put(l, new HashSet<>(months)));
        this.related = new HashSet<>(from.related());
    }

    /**
     * Reads one more event ({@code version}: its sequence number in its aggregate's stream, 0 for other events).
     *
     * @return false once the date asked for is closed (this event moved the business date past it): read no further
     */
    public boolean read(Object e, long version) {
        if (closed) {
            return false;
        }
        if (e instanceof BusinessDateAdvanced advanced
                && advanced.from() != null
                && !advanced.from().isAfter(asOf)
                && advanced.to().isAfter(asOf)) {
            closed = true; // the move that closed the date asked for: the book is as it was then
            return false;
        }
        eventsRead++;
        if (e instanceof RelatedPartySet r) {
            if (r.relation() == null) {
                related.remove(r.customerId());
            } else {
                related.add(r.customerId());
            }
        } else if (e instanceof PersonalDataErased erased) {
            related.remove(erased.customerId());
        } else if (e instanceof LoanApplicationSubmitted s) {
            List<String> described = new ArrayList<>();
            described.add(s.purpose() == null ? null : s.purpose().name());
            described.add(s.incomeBandOrDerived());
            applications.put(s.applicationId(), described);
        } else if (e instanceof LoanOpened o) {
            List<String> a = applications.remove(o.loanId());
            LoanFact opened = LoanFacts.opened(o, version);
            loans.putIfAbsent(o.loanId(), a == null ? opened : LoanFacts.described(opened, a.get(0), a.get(1)));
            lendersOfLoan.put(
                    o.loanId(),
                    o.parts().stream().map(p -> p.lenderId()).distinct().toList());
        } else {
            String loanId = LoanFacts.loanIdOf(e);
            LoanFact f = loanId == null ? null : loans.get(loanId);
            if (f != null) {
                loans.put(loanId, LoanFacts.apply(f, e, version));
            }
            if (e instanceof LoanDisbursed d) {
                String month = YearMonth.from(d.disbursedOn()).toString();
                lendersOfLoan
                        .getOrDefault(d.loanId(), List.of())
                        .forEach(l -> monthsOfLender
                                .computeIfAbsent(l, k -> new HashSet<>())
                                .add(month));
            }
        }
        return true;
    }

    public State state() {
        return new State(
                asOf,
                eventsRead,
                closed,
                Map.copyOf(loans),
                Map.copyOf(applications),
                Map.copyOf(lendersOfLoan),
                Map.copyOf(monthsOfLender),
                Set.copyOf(related));
    }

    /**
     * Whether the date asked for is behind the business date: the book is final. A date the business date has not
     * left yet gives the book as it stands so far, which the next events may still change.
     */
    public boolean closed() {
        return closed;
    }

    public long eventsRead() {
        return eventsRead;
    }

    public Book book() {
        List<LenderActivity> lenders = monthsOfLender.entrySet().stream()
                .map(l -> new LenderActivity(l.getKey(), Set.copyOf(l.getValue())))
                .toList();
        return new Book(asOf, List.copyOf(loans.values()), lenders, Set.copyOf(related));
    }
}
