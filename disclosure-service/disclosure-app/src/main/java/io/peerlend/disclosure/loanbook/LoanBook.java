package io.peerlend.disclosure.loanbook;

import io.peerlend.calendar.api.BusinessDateAdvanced;
import io.peerlend.disclosure.loanbook.domain.LoanFact;
import io.peerlend.disclosure.loanbook.domain.LoanFacts;
import io.peerlend.lending.api.events.LoanApplicationSubmitted;
import io.peerlend.lending.api.events.LoanDisbursed;
import io.peerlend.lending.api.events.LoanOpened;
import io.peerlend.platform.axon.BatchWrites;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
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

    public static final String GROUP = "disclosure-loan-book";
    static final String LOANS = "disclosure_loans";
    static final String CALENDAR = "disclosure_calendar";
    /** A loan's lenders, from its opening until it is paid out (then each lender's months are recorded). */
    static final String LOAN_LENDERS = "disclosure_loan_lenders";
    /** Per lender (a pseudonymous key, never published): the months in which they lent on a loan paid out. */
    static final String LENDERS = "disclosure_lenders";

    static final String APPLICATIONS = "disclosure_applications";
    private static final int READ_BATCH = 5_000;
    private static final String PENDING = LoanBook.class.getName() + ".pending";

    record Row(@Id String id, LoanFact fact) {}

    record Today(@Id String id, LocalDate date) {}

    record LoanLenders(@Id String id, List<String> lenders) {}

    /** What an application said that disclosure may publish: its purpose and an income band. */
    record Application(@Id String id, String purpose, String incomeBand) {}

    /** One lender's months of lending, as "yyyy-MM" strings. */
    public record LenderMonths(@Id String id, List<String> months) {}

    /** Which write the stored book is at: a fresh stamp with every batch any instance writes. */
    record Stamp(@Id String id, String stamp) {}

    private static final String STAMP = "loan-book-stamp";
    private static final String CHECKED = LoanBook.class.getName() + ".checked";
    private static final String BUSINESS_DATE = LoanBook.class.getName() + ".businessDate";

    private final MongoTemplate mongo;
    /**
     * The book as this processing group has written it, in memory, for the steps that run in the group (reports,
     * indicators) and for the group's own updates: a report over a million loans reads memory, not a million documents.
     * Loaded from MongoDB at the group's first event on this instance; written through after MongoDB. One instance runs
     * the group at a time (a single segment); when the segment moves to another instance and later back, the memory
     * of the first would be older than the stored book, so every batch first compares the stored book's stamp with the
     * one this memory was loaded or last written at, and loads the book again when another instance has written since:
     * newer state is never overwritten with older.
     */
    private final Map<String, LoanFact> working = new ConcurrentHashMap<>();

    private volatile boolean loaded;
    private volatile String knownStamp;

    LoanBook(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(LoanApplicationSubmitted e) {
        mongo.save(
                new Application(
                        e.applicationId(),
                        e.purpose() == null ? null : e.purpose().name(),
                        e.incomeBandOrDerived()),
                APPLICATIONS);
    }

    @EventHandler
    void on(LoanOpened e, DomainEventMessage<?> m) {
        if (!working().containsKey(e.loanId())) {
            // a loan keeps its application's id
            Application application = mongo.findById(e.loanId(), Application.class, APPLICATIONS);
            LoanFact opened = LoanFacts.opened(e, m.getSequenceNumber());
            write(
                    application == null
                            ? opened
                            : LoanFacts.described(opened, application.purpose(), application.incomeBand()));
        }
        mongo.save(
                new LoanLenders(
                        e.loanId(),
                        e.parts().stream()
                                .map(p -> p.lenderId())
                                .distinct()
                                .sorted()
                                .toList()),
                LOAN_LENDERS);
    }

    @EventHandler
    void on(LoanDisbursed e, DomainEventMessage<?> m) {
        change(e.loanId(), m, f -> LoanFacts.apply(f, e, m.getSequenceNumber()));
        LoanLenders lenders = mongo.findById(e.loanId(), LoanLenders.class, LOAN_LENDERS);
        if (lenders != null && !lenders.lenders().isEmpty()) {
            // $addToSet: recording a month twice changes nothing
            BulkOperations months = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, LENDERS);
            String month = YearMonth.from(e.disbursedOn()).toString();
            lenders.lenders()
                    .forEach(l -> months.upsert(
                            Query.query(Criteria.where("_id").is(l)), new Update().addToSet("months", month)));
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
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().resources().put(BUSINESS_DATE, Optional.of(e.to()));
        }
    }

    @ResetHandler
    void reset() {
        working.clear();
        loaded = true; // the book starts empty
        knownStamp = null;
        mongo.dropCollection(LOANS);
        mongo.dropCollection(CALENDAR);
        mongo.dropCollection(LOAN_LENDERS);
        mongo.dropCollection(LENDERS);
        mongo.dropCollection(APPLICATIONS);
    }

    /**
     * The platform's business date as last seen (null before the first advance: then the loans' own dates rule). In a
     * batch of this processing group it is read once: only the group's own {@code BusinessDateAdvanced} changes it, and
     * that updates the batch's copy. (Read for every cash movement, it was a read-side round trip per loan part.)
     */
    public LocalDate businessDate() {
        if (CurrentUnitOfWork.isStarted()) {
            return CurrentUnitOfWork.get()
                    .root()
                    .<Optional<LocalDate>>getOrComputeResource(
                            BUSINESS_DATE, k -> Optional.ofNullable(storedBusinessDate()))
                    .orElse(null);
        }
        return storedBusinessDate();
    }

    private LocalDate storedBusinessDate() {
        Today today = mongo.findById("business-date", Today.class, CALENDAR);
        return today == null ? null : today.date();
    }

    /** One page of loans in the order of their ids (stable across pages). */
    public List<LoanFact> page(int page, int size) {
        return mongo
                .find(new Query().with(Sort.by("_id")).skip((long) page * size).limit(size), Row.class, LOANS)
                .stream()
                .map(Row::fact)
                .toList();
    }

    /** Every loan's fact, one at a time (for exports that must not hold the whole book in memory). */
    public Stream<LoanFact> stream() {
        return mongo.stream(wholeBook(), Row.class, LOANS).map(Row::fact);
    }

    /**
     * Every loan's fact as the processing group has it at this moment: only for steps that run in the group (they see
     * exactly the events before the one they handle). Others read {@link #loans()}.
     */
    public Collection<LoanFact> current() {
        return Collections.unmodifiableCollection(working().values());
    }

    /** Every loan's fact, read from MongoDB in one pass. */
    public List<LoanFact> loans() {
        try (var rows = stream()) {
            return rows.toList();
        }
    }

    /** The whole book in batches a wire message can carry (a reply holds at most 48 MB). */
    private static Query wholeBook() {
        return new Query().cursorBatchSize(READ_BATCH);
    }

    /** Every lender who has lent on a loan paid out, with the months they lent in. */
    public List<LenderMonths> lenders() {
        return mongo.find(new Query(), LenderMonths.class, LENDERS);
    }

    private void change(String loanId, DomainEventMessage<?> m, UnaryOperator<LoanFact> change) {
        LoanFact fact = working().get(loanId);
        if (fact != null && fact.version() < m.getSequenceNumber()) {
            write(change.apply(fact));
        }
    }

    /**
     * Writes a loan's new fact: to memory now, to MongoDB with the rest of the processor's batch, in one bulk write
     * before the batch's token is stored ({@link BatchWrites}). If the batch fails, the memory is dropped and loaded
     * again from MongoDB, so it never runs ahead of what was stored.
     */
    private void write(LoanFact fact) {
        working.put(fact.loanId(), fact);
        if (!CurrentUnitOfWork.isStarted()) {
            mongo.save(new Row(fact.loanId(), fact), LOANS);
            stamp();
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        BatchWrites.<Map<String, LoanFact>>gathered(
                        PENDING,
                        () -> {
                            batch.onRollback(u -> forget());
                            return new LinkedHashMap<>();
                        },
                        this::flush)
                .put(fact.loanId(), fact);
    }

    private void flush(Map<String, LoanFact> pending) {
        if (pending.isEmpty()) {
            return;
        }
        BulkOperations rows = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Row.class, LOANS);
        pending.values()
                .forEach(f -> rows.replaceOne(
                        Query.query(Criteria.where("_id").is(f.loanId())),
                        new Row(f.loanId(), f),
                        FindAndReplaceOptions.options().upsert()));
        rows.execute();
        stamp();
    }

    /** Marks the stored book as written by this memory. */
    private void stamp() {
        String stamp = UUID.randomUUID().toString();
        mongo.save(new Stamp(STAMP, stamp), CALENDAR);
        knownStamp = stamp;
    }

    private synchronized void forget() {
        working.clear();
        loaded = false;
    }

    /** Once per batch: if another instance has written the book since this memory was loaded or written, reload. */
    private void checkStamp() {
        Stamp stored = mongo.findById(STAMP, Stamp.class, CALENDAR);
        String now = stored == null ? null : stored.stamp();
        if (!Objects.equals(now, knownStamp)) {
            forget();
            knownStamp = now;
        }
    }

    private Map<String, LoanFact> working() {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().getOrComputeResource(CHECKED, k -> {
                checkStamp();
                return Boolean.TRUE;
            });
        }
        if (!loaded) {
            synchronized (this) {
                if (!loaded) {
                    try (var rows = stream()) {
                        rows.forEach(f -> working.put(f.loanId(), f));
                    }
                    loaded = true;
                }
            }
        }
        return working;
    }
}
