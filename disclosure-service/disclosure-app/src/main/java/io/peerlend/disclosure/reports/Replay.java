package io.peerlend.disclosure.reports;

import io.peerlend.disclosure.loanbook.domain.IncomeBands;
import io.peerlend.disclosure.loanbook.domain.LoanFact;
import io.peerlend.disclosure.loanbook.domain.LoanFacts;
import io.peerlend.disclosure.reports.domain.LenderActivity;
import io.peerlend.disclosure.reports.domain.OperatingFigures;
import io.peerlend.disclosure.reports.domain.OperatingReport;
import io.peerlend.lending.api.BusinessDateAdvanced;
import io.peerlend.lending.api.DefaultCovered;
import io.peerlend.lending.api.LoanApplicationSubmitted;
import io.peerlend.lending.api.LoanArrearsChanged;
import io.peerlend.lending.api.LoanCancelled;
import io.peerlend.lending.api.LoanDefaulted;
import io.peerlend.lending.api.LoanDisbursed;
import io.peerlend.lending.api.LoanOpened;
import io.peerlend.lending.api.LoanRepaid;
import io.peerlend.lending.api.LoanRepaymentReceived;
import io.peerlend.lending.api.LoanWithdrawn;
import java.time.LocalDate;
import java.time.YearMonth;
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
 * The figures as of any past business date, rebuilt from the event store alone: every event is read from the first,
 * through the same {@link LoanFacts} the loan book uses, until the business date moves past the date asked for. Reads
 * the whole store each time (a supervisor's question, not a page view); the loan book answers "now".
 */
@Component
public class Replay {

    private final EventStore store;
    private final DisclosureProfile profile;

    Replay(EventStore store, DisclosureProfile profile) {
        this.store = store;
        this.profile = profile;
    }

    /** The operating report's figures as the book stood at the end of {@code date}. */
    public OperatingReport figuresAsOf(LocalDate date) throws InterruptedException {
        Map<String, LoanFact> loans = new HashMap<>();
        Map<String, String[]> applications = new HashMap<>();
        Map<String, List<String>> lendersOfLoan = new HashMap<>();
        Map<String, Set<String>> monthsOfLender = new HashMap<>();
        try (var events = store.openStream(null)) {
            while (events.hasNextAvailable()) {
                TrackedEventMessage<?> m = events.nextAvailable();
                Object e = m.getPayload();
                if (e instanceof BusinessDateAdvanced advanced && !advanced.from().isAfter(date)
                        && advanced.to().isAfter(date)) {
                    break; // the move that closed the date asked for: the book is as it was then
                }
                long version = m instanceof DomainEventMessage<?> d ? d.getSequenceNumber() : 0;
                if (e instanceof LoanApplicationSubmitted s) {
                    applications.put(s.applicationId(), new String[] {s.purpose() == null ? null : s.purpose().name(),
                            IncomeBands.of(s.finances() == null ? null : s.finances().netIncome(), s.currency())});
                } else if (e instanceof LoanOpened o) {
                    String[] a = applications.get(o.loanId());
                    LoanFact opened = LoanFacts.opened(o, version);
                    loans.putIfAbsent(o.loanId(), a == null ? opened : LoanFacts.described(opened, a[0], a[1]));
                    lendersOfLoan.put(o.loanId(), o.parts().stream().map(p -> p.lenderId()).distinct().toList());
                } else if (e instanceof LoanDisbursed d) {
                    apply(loans, d.loanId(), version, f -> LoanFacts.disbursed(f, d, version));
                    String month = YearMonth.from(d.disbursedOn()).toString();
                    lendersOfLoan.getOrDefault(d.loanId(), List.of())
                            .forEach(l -> monthsOfLender.computeIfAbsent(l, k -> new HashSet<>()).add(month));
                } else if (e instanceof LoanRepaymentReceived r) {
                    apply(loans, r.loanId(), version, f -> LoanFacts.received(f, r, version));
                } else if (e instanceof LoanArrearsChanged a) {
                    apply(loans, a.loanId(), version, f -> LoanFacts.arrears(f, a, version));
                } else if (e instanceof LoanDefaulted d) {
                    apply(loans, d.loanId(), version, f -> LoanFacts.defaulted(f, d, version));
                } else if (e instanceof DefaultCovered c) {
                    apply(loans, c.loanId(), version, f -> LoanFacts.covered(f, c, version));
                } else if (e instanceof LoanRepaid r) {
                    apply(loans, r.loanId(), version, f -> LoanFacts.repaid(f, r, version));
                } else if (e instanceof LoanWithdrawn w) {
                    apply(loans, w.loanId(), version, f -> LoanFacts.withdrawn(f, w, version));
                } else if (e instanceof LoanCancelled c) {
                    apply(loans, c.loanId(), version, f -> LoanFacts.cancelled(f, c, version));
                }
            }
        }
        List<LenderActivity> lenders = monthsOfLender.entrySet().stream()
                .map(l -> new LenderActivity(l.getKey(), Set.copyOf(l.getValue()))).toList();
        return OperatingFigures.on(date, profile.currency(), loans.values(), lenders, profile.fees(),
                OperatingFigures.NO_PREVIOUS);
    }

    private static void apply(Map<String, LoanFact> loans, String loanId, long version,
                              java.util.function.UnaryOperator<LoanFact> change) {
        LoanFact f = loans.get(loanId);
        if (f != null && f.version() < version) {
            loans.put(loanId, change.apply(f));
        }
    }
}
