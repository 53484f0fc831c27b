package io.peerlend.disclosure.loanbook;

import io.peerlend.disclosure.loanbook.domain.LoanFact;
import io.peerlend.disclosure.loanbook.domain.IncomeBands;
import io.peerlend.disclosure.loanbook.domain.LoanFacts;
import io.peerlend.lending.api.BusinessDateAdvanced;
import io.peerlend.lending.api.LoanApplicationSubmitted;
import io.peerlend.lending.api.LoanDisbursed;
import io.peerlend.lending.api.LoanOpened;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The loan book in MongoDB, one {@link LoanFact} per loan, built only from the lending service's events (this service
 * writes no business state), with the platform's business date. Each loan's events arrive in order and the last
 * applied sequence number is kept, so redelivery changes nothing; rebuildable by replay.
 */
@Component
@ProcessingGroup(LoanBook.GROUP)
public class LoanBook {

    static final String GROUP = "disclosure-loan-book";
    static final String LOANS = "disclosure_loans";
    static final String CALENDAR = "disclosure_calendar";
    /** A loan's lenders, from its opening until it is paid out (then each lender's months are recorded). */
    static final String LOAN_LENDERS = "disclosure_loan_lenders";
    /** Per lender (a pseudonymous key, never published): the months in which they lent on a loan paid out. */
    static final String LENDERS = "disclosure_lenders";
    static final String APPLICATIONS = "disclosure_applications";

    record Row(@Id String id, LoanFact fact) {
    }

    record Today(@Id String id, LocalDate date) {
    }

    record LoanLenders(@Id String id, List<String> lenders) {
    }

    /** What an application said that disclosure may publish: its purpose and an income band. */
    record Application(@Id String id, String purpose, String incomeBand) {
    }

    /** One lender's months of lending, as "yyyy-MM" strings. */
    public record LenderMonths(@Id String id, List<String> months) {
    }

    private final MongoTemplate mongo;

    LoanBook(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(LoanApplicationSubmitted e) {
        mongo.save(new Application(e.applicationId(), e.purpose() == null ? null : e.purpose().name(),
                IncomeBands.of(e.finances() == null ? null : e.finances().netIncome(), e.currency())), APPLICATIONS);
    }

    @EventHandler
    void on(LoanOpened e, DomainEventMessage<?> m) {
        if (mongo.findById(e.loanId(), Row.class, LOANS) == null) {
            // a loan keeps its application's id
            Application application = mongo.findById(e.loanId(), Application.class, APPLICATIONS);
            LoanFact opened = LoanFacts.opened(e, m.getSequenceNumber());
            mongo.save(new Row(e.loanId(), application == null ? opened
                    : LoanFacts.described(opened, application.purpose(), application.incomeBand())), LOANS);
        }
        mongo.save(new LoanLenders(e.loanId(), e.parts().stream().map(p -> p.lenderId()).distinct().sorted()
                .toList()), LOAN_LENDERS);
    }

    @EventHandler
    void on(LoanDisbursed e, DomainEventMessage<?> m) {
        change(e.loanId(), m, f -> LoanFacts.apply(f, e, m.getSequenceNumber()));
        LoanLenders lenders = mongo.findById(e.loanId(), LoanLenders.class, LOAN_LENDERS);
        if (lenders != null && !lenders.lenders().isEmpty()) {
            // $addToSet: recording a month twice changes nothing
            BulkOperations months = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, LENDERS);
            String month = YearMonth.from(e.disbursedOn()).toString();
            lenders.lenders().forEach(l -> months.upsert(Query.query(Criteria.where("_id").is(l)),
                    new Update().addToSet("months", month)));
            months.execute();
        }
    }

    /** Every other change to a loan (repayments, arrears, default, cover, closing), routed by {@link LoanFacts}. */
    @EventHandler
    void on(Object e, DomainEventMessage<?> m) {
        String loanId = LoanFacts.loanIdOf(e);
        if (loanId != null) {
            change(loanId, m, f -> LoanFacts.apply(f, e, m.getSequenceNumber()));
        }
    }

    @EventHandler
    void on(BusinessDateAdvanced e) {
        mongo.save(new Today("business-date", e.to()), CALENDAR);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(LOANS);
        mongo.dropCollection(CALENDAR);
        mongo.dropCollection(LOAN_LENDERS);
        mongo.dropCollection(LENDERS);
        mongo.dropCollection(APPLICATIONS);
    }

    /** The platform's business date as last seen (null before the first advance: then the loans' own dates rule). */
    public LocalDate businessDate() {
        Today today = mongo.findById("business-date", Today.class, CALENDAR);
        return today == null ? null : today.date();
    }

    /** One page of loans in the order of their ids (stable across pages). */
    public List<LoanFact> page(int page, int size) {
        return mongo.find(new Query().with(org.springframework.data.domain.Sort.by("_id")).skip((long) page * size)
                .limit(size), Row.class, LOANS).stream().map(Row::fact).toList();
    }

    /** Every loan's fact, one at a time (for exports that must not hold the whole book in memory). */
    public java.util.stream.Stream<LoanFact> stream() {
        return mongo.stream(new Query(), Row.class, LOANS).map(Row::fact);
    }

    /** Every loan's fact, read in one pass. */
    public List<LoanFact> loans() {
        return mongo.find(new Query(), Row.class, LOANS).stream().map(Row::fact).toList();
    }

    /** Every lender who has lent on a loan paid out, with the months they lent in. */
    public List<LenderMonths> lenders() {
        return mongo.find(new Query(), LenderMonths.class, LENDERS);
    }

    private void change(String loanId, DomainEventMessage<?> m, UnaryOperator<LoanFact> change) {
        Row row = mongo.findById(loanId, Row.class, LOANS);
        if (row != null && row.fact().version() < m.getSequenceNumber()) {
            mongo.save(new Row(loanId, change.apply(row.fact())), LOANS);
        }
    }
}
