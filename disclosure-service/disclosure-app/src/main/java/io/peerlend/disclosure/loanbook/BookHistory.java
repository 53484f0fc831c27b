package io.peerlend.disclosure.loanbook;

import io.peerlend.calendar.api.BusinessDateAdvanced;
import io.peerlend.disclosure.loanbook.domain.LenderActivity;
import io.peerlend.disclosure.loanbook.domain.LoanFact;
import io.peerlend.disclosure.loanbook.domain.LoanFacts;
import io.peerlend.kyc.api.PersonalDataErased;
import io.peerlend.kyc.api.RelatedPartySet;
import io.peerlend.lending.api.events.LoanApplicationSubmitted;
import io.peerlend.lending.api.events.LoanDisbursed;
import io.peerlend.lending.api.events.LoanOpened;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * The loan book as of any past business date, rebuilt from the event store alone: every event is read from the first,
 * through the same {@link LoanFacts} the loan book uses, until the business date moves past the date asked for. Reads
 * the whole store each time (a supervisor's question, not a page view); the {@link LoanBook} answers "now".
 */
@Component
public class BookHistory {

    private final EventStore store;

    BookHistory(EventStore store) {
        this.store = store;
    }

    /** The loan book and each lender's months of lending, as they stood at the end of a business date. */
    public record Book(
            LocalDate asOf, Collection<LoanFact> loans, List<LenderActivity> lenders, Set<String> relatedParties) {}

    /** Every loan's fact at the end of {@code date}, rebuilt from the events up to it. */
    public Book bookAsOf(LocalDate date) throws InterruptedException {
        Map<String, LoanFact> loans = new HashMap<>();
        Map<String, String[]> applications = new HashMap<>();
        Map<String, List<String>> lendersOfLoan = new HashMap<>();
        Map<String, Set<String>> monthsOfLender = new HashMap<>();
        Set<String> related = new HashSet<>();
        try (var events = store.openStream(null)) {
            while (events.hasNextAvailable()) {
                TrackedEventMessage<?> m = events.nextAvailable();
                Object e = m.getPayload();
                if (e instanceof BusinessDateAdvanced advanced
                        && advanced.from() != null
                        && !advanced.from().isAfter(date)
                        && advanced.to().isAfter(date)) {
                    break; // the move that closed the date asked for: the book is as it was then
                }
                long version = m instanceof DomainEventMessage<?> d ? d.getSequenceNumber() : 0;
                if (e instanceof RelatedPartySet r) {
                    if (r.relation() == null) {
                        related.remove(r.customerId());
                    } else {
                        related.add(r.customerId());
                    }
                } else if (e instanceof PersonalDataErased erased) {
                    related.remove(erased.customerId());
                } else if (e instanceof LoanApplicationSubmitted s) {
                    applications.put(s.applicationId(), new String[] {
                        s.purpose() == null ? null : s.purpose().name(), s.incomeBandOrDerived()
                    });
                } else if (e instanceof LoanOpened o) {
                    String[] a = applications.remove(o.loanId());
                    LoanFact opened = LoanFacts.opened(o, version);
                    loans.putIfAbsent(o.loanId(), a == null ? opened : LoanFacts.described(opened, a[0], a[1]));
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
            }
        }
        List<LenderActivity> lenders = monthsOfLender.entrySet().stream()
                .map(l -> new LenderActivity(l.getKey(), Set.copyOf(l.getValue())))
                .toList();
        return new Book(date, loans.values(), lenders, Set.copyOf(related));
    }
}
