package io.peerlend.lending.loans;

import io.peerlend.lending.api.ScheduledInstalment;
import io.peerlend.lending.api.events.CollectionFailed;
import io.peerlend.lending.api.events.CollectionRequested;
import io.peerlend.lending.api.events.DefaultCovered;
import io.peerlend.lending.api.events.LateFeeCharged;
import io.peerlend.lending.api.events.LoanArrearsChanged;
import io.peerlend.lending.api.events.LoanCancelled;
import io.peerlend.lending.api.events.LoanDefaulted;
import io.peerlend.lending.api.events.LoanDisbursed;
import io.peerlend.lending.api.events.LoanOpened;
import io.peerlend.lending.api.events.LoanRepaid;
import io.peerlend.lending.api.events.LoanRepaymentReceived;
import io.peerlend.lending.api.events.LoanWithdrawn;
import io.peerlend.lending.api.events.RecoveryApproved;
import io.peerlend.lending.api.events.RecoveryProposed;
import io.peerlend.lending.api.http.LoanView;
import io.peerlend.lending.product.Amounts;
import io.peerlend.platform.readside.KeyIndex;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Loans in MongoDB, for borrowers, operations and close of business. Each loan's events arrive in order; the last
 * applied sequence number is kept, so a redelivered event changes nothing. Rebuildable by replay.
 */
@Component
@ProcessingGroup("lending-loans")
public class LoanReadModel {

    static final String COLLECTION = "loans";

    record Row(int number, LocalDate dueDate, long principal, long interest, long lateFee, long paid) {
        Row paying(long amount) {
            return new Row(number, dueDate, principal, interest, lateFee, paid + amount);
        }
    }

    record Payment(String reference, String kind, long amount, String status, LocalDate asOf) {}

    @Document(COLLECTION)
    record Loan(
            @Id String id,
            String borrowerId,
            String status,
            String grade,
            int termMonths,
            String currency,
            long principal,
            BigDecimal ratePercent,
            long originationFee,
            LocalDate disbursedOn,
            long outstanding,
            String bucket,
            int daysPastDue,
            long overdue,
            int missed,
            List<Row> schedule,
            List<Payment> payments,
            int lenders,
            long version) {

        Loan with(String newStatus) {
            return new Loan(
                    id,
                    borrowerId,
                    newStatus,
                    grade,
                    termMonths,
                    currency,
                    principal,
                    ratePercent,
                    originationFee,
                    disbursedOn,
                    outstanding,
                    bucket,
                    daysPastDue,
                    overdue,
                    missed,
                    schedule,
                    payments,
                    lenders,
                    version);
        }

        Loan atVersion(long newVersion) {
            return new Loan(
                    id,
                    borrowerId,
                    status,
                    grade,
                    termMonths,
                    currency,
                    principal,
                    ratePercent,
                    originationFee,
                    disbursedOn,
                    outstanding,
                    bucket,
                    daysPastDue,
                    overdue,
                    missed,
                    schedule,
                    payments,
                    lenders,
                    newVersion);
        }
    }

    private final MongoTemplate mongo;
    private final KeyIndex loansOfBorrower;

    LoanReadModel(MongoTemplate mongo) {
        this.mongo = mongo;
        this.loansOfBorrower = new KeyIndex(mongo, "loans_by_borrower");
    }

    @EventHandler
    void on(LoanOpened e, DomainEventMessage<?> m) {
        if (mongo.findById(e.loanId(), Loan.class, COLLECTION) == null) {
            mongo.save(
                    new Loan(
                            e.loanId(),
                            e.borrowerId(),
                            "AWAITING_DISBURSEMENT",
                            e.grade(),
                            e.termMonths(),
                            e.currency(),
                            e.principalMinor(),
                            e.ratePercent(),
                            e.originationFeeMinor(),
                            null,
                            e.principalMinor(),
                            "CURRENT",
                            0,
                            0,
                            0,
                            List.of(),
                            List.of(),
                            e.parts().size(),
                            m.getSequenceNumber()),
                    COLLECTION);
        }
        loansOfBorrower.add(e.borrowerId(), e.loanId());
    }

    @EventHandler
    void on(LoanDisbursed e, DomainEventMessage<?> m) {
        update(
                e.loanId(),
                m,
                l -> new Loan(
                        l.id(),
                        l.borrowerId(),
                        "ACTIVE",
                        l.grade(),
                        l.termMonths(),
                        l.currency(),
                        l.principal(),
                        l.ratePercent(),
                        l.originationFee(),
                        e.disbursedOn(),
                        l.outstanding(),
                        l.bucket(),
                        0,
                        0,
                        0,
                        rows(e.schedule()),
                        l.payments(),
                        l.lenders(),
                        l.version()));
    }

    @EventHandler
    void on(CollectionRequested e, DomainEventMessage<?> m) {
        update(
                e.loanId(),
                m,
                l -> withPayments(
                        l,
                        append(
                                l.payments(),
                                new Payment(e.reference(), e.kind(), e.amountMinor(), "REQUESTED", e.asOf()))));
    }

    @EventHandler
    void on(RecoveryProposed e, DomainEventMessage<?> m) {
        update(
                e.loanId(),
                m,
                l -> withPayments(
                        l,
                        append(
                                l.payments(),
                                new Payment(e.reference(), "RECOVERY", e.amountMinor(), "PROPOSED", e.asOf()))));
    }

    @EventHandler
    void on(RecoveryApproved e, DomainEventMessage<?> m) {
        update(e.loanId(), m, l -> withPayments(l, mark(l.payments(), e.reference(), "APPROVED")));
    }

    @EventHandler
    void on(CollectionFailed e, DomainEventMessage<?> m) {
        update(e.loanId(), m, l -> withPayments(l, mark(l.payments(), e.reference(), "FAILED")));
    }

    @EventHandler
    void on(LoanRepaymentReceived e, DomainEventMessage<?> m) {
        update(e.loanId(), m, l -> {
            List<Row> schedule = new ArrayList<>();
            for (Row row : l.schedule()) {
                long paid = e.applied().stream()
                        .filter(a -> a.number() == row.number())
                        .mapToLong(a -> a.feesMinor() + a.interestMinor() + a.principalMinor())
                        .sum();
                if (e.rescheduled() == null || !row.dueDate().isAfter(e.receivedOn())) {
                    schedule.add(row.paying(paid));
                }
            }
            if (e.rescheduled() != null) {
                schedule.addAll(rows(e.rescheduled()));
            }
            List<Payment> payments =
                    l.payments().stream().anyMatch(p -> p.reference().equals(e.reference()))
                            ? mark(l.payments(), e.reference(), "SETTLED")
                            : append(
                                    l.payments(),
                                    new Payment(e.reference(), e.kind(), e.amountMinor(), "SETTLED", e.receivedOn()));
            long principalFromLenders = e.distributions().stream()
                    .mapToLong(p -> p.principalMinor())
                    .sum();
            return new Loan(
                    l.id(),
                    l.borrowerId(),
                    l.status(),
                    l.grade(),
                    l.termMonths(),
                    l.currency(),
                    l.principal(),
                    l.ratePercent(),
                    l.originationFee(),
                    l.disbursedOn(),
                    l.outstanding() - principalFromLenders,
                    l.bucket(),
                    l.daysPastDue(),
                    l.overdue(),
                    l.missed(),
                    schedule,
                    payments,
                    l.lenders(),
                    l.version());
        });
    }

    @EventHandler
    void on(LateFeeCharged e, DomainEventMessage<?> m) {
        update(
                e.loanId(),
                m,
                l -> new Loan(
                        l.id(),
                        l.borrowerId(),
                        l.status(),
                        l.grade(),
                        l.termMonths(),
                        l.currency(),
                        l.principal(),
                        l.ratePercent(),
                        l.originationFee(),
                        l.disbursedOn(),
                        l.outstanding(),
                        l.bucket(),
                        l.daysPastDue(),
                        l.overdue(),
                        l.missed(),
                        l.schedule().stream()
                                .map(r -> r.number() == e.instalment()
                                        ? new Row(
                                                r.number(),
                                                r.dueDate(),
                                                r.principal(),
                                                r.interest(),
                                                r.lateFee() + e.feeMinor(),
                                                r.paid())
                                        : r)
                                .toList(),
                        l.payments(),
                        l.lenders(),
                        l.version()));
    }

    @EventHandler
    void on(LoanArrearsChanged e, DomainEventMessage<?> m) {
        update(
                e.loanId(),
                m,
                l -> new Loan(
                        l.id(),
                        l.borrowerId(),
                        l.status(),
                        l.grade(),
                        l.termMonths(),
                        l.currency(),
                        l.principal(),
                        l.ratePercent(),
                        l.originationFee(),
                        l.disbursedOn(),
                        l.outstanding(),
                        e.bucket(),
                        e.daysPastDue(),
                        e.overdueMinor(),
                        e.missedInstalments(),
                        l.schedule(),
                        l.payments(),
                        l.lenders(),
                        l.version()));
    }

    @EventHandler
    void on(LoanDefaulted e, DomainEventMessage<?> m) {
        update(e.loanId(), m, l -> l.with("DEFAULTED"));
    }

    @EventHandler
    void on(DefaultCovered e, DomainEventMessage<?> m) {
        update(
                e.loanId(),
                m,
                l -> new Loan(
                        l.id(),
                        l.borrowerId(),
                        l.status(),
                        l.grade(),
                        l.termMonths(),
                        l.currency(),
                        l.principal(),
                        l.ratePercent(),
                        l.originationFee(),
                        l.disbursedOn(),
                        l.outstanding() - e.principalMinor(),
                        l.bucket(),
                        l.daysPastDue(),
                        l.overdue(),
                        l.missed(),
                        l.schedule(),
                        l.payments(),
                        l.lenders(),
                        l.version()));
    }

    @EventHandler
    void on(LoanRepaid e, DomainEventMessage<?> m) {
        update(e.loanId(), m, l -> l.with("REPAID"));
    }

    @EventHandler
    void on(LoanWithdrawn e, DomainEventMessage<?> m) {
        update(
                e.loanId(),
                m,
                l -> new Loan(
                        l.id(),
                        l.borrowerId(),
                        "WITHDRAWN",
                        l.grade(),
                        l.termMonths(),
                        l.currency(),
                        l.principal(),
                        l.ratePercent(),
                        l.originationFee(),
                        l.disbursedOn(),
                        0,
                        l.bucket(),
                        0,
                        0,
                        0,
                        l.schedule(),
                        mark(l.payments(), e.reference(), "SETTLED"),
                        l.lenders(),
                        l.version()));
    }

    @EventHandler
    void on(LoanCancelled e, DomainEventMessage<?> m) {
        update(e.loanId(), m, l -> l.with("CANCELLED"));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(COLLECTION);
        loansOfBorrower.drop();
    }

    Optional<Loan> find(String loanId) {
        return Optional.ofNullable(mongo.findById(loanId, Loan.class, COLLECTION));
    }

    /** Those of these loans that exist, in one query. */
    List<Loan> findAll(Collection<String> loanIds) {
        return loanIds.isEmpty()
                ? List.of()
                : mongo.find(Query.query(Criteria.where("_id").in(loanIds)), Loan.class, COLLECTION);
    }

    List<Loan> ofBorrower(String borrowerId) {
        return loansOfBorrower.documents(borrowerId, Loan.class, COLLECTION);
    }

    /** A borrower's newest {@code limit} loans. */
    List<Loan> newestOfBorrower(String borrowerId, int limit) {
        return loansOfBorrower.newest(borrowerId, limit, Loan.class, COLLECTION);
    }

    List<String> idsWithStatus(String status) {
        Query query = Query.query(Criteria.where("status").is(status));
        query.fields().include("_id");
        return mongo.find(query, org.bson.Document.class, COLLECTION).stream()
                .map(d -> d.getString("_id"))
                .toList();
    }

    long awaitingPayout() {
        return mongo
                .find(Query.query(Criteria.where("status").is("AWAITING_DISBURSEMENT")), Loan.class, COLLECTION)
                .stream()
                .mapToLong(l -> l.principal() - l.originationFee())
                .sum();
    }

    List<Loan> inArrears() {
        return mongo.find(
                Query.query(Criteria.where("bucket").ne("CURRENT").and("status").in("ACTIVE", "DEFAULTED")),
                Loan.class,
                COLLECTION);
    }

    static LoanView view(Loan l, LocalDate today) {
        String c = l.currency();
        List<LoanView.Instalment> schedule = l.schedule().stream()
                .map(r -> {
                    long owed = r.principal() + r.interest() + r.lateFee();
                    String status = r.paid() >= owed
                            ? "PAID"
                            : r.dueDate().isBefore(today) ? "LATE" : r.dueDate().isEqual(today) ? "DUE" : "UPCOMING";
                    return new LoanView.Instalment(
                            r.number(),
                            r.dueDate(),
                            Amounts.format(r.principal(), c),
                            Amounts.format(r.interest(), c),
                            Amounts.format(r.lateFee(), c),
                            Amounts.format(r.paid(), c),
                            status);
                })
                .toList();
        List<LoanView.Payment> payments = l.payments().stream()
                .map(p -> new LoanView.Payment(
                        p.reference(), p.kind(), Amounts.format(p.amount(), c), p.status(), p.asOf()))
                .toList();
        return new LoanView(
                l.id(),
                l.status(),
                l.grade(),
                l.termMonths(),
                c,
                Amounts.format(l.principal(), c),
                l.ratePercent(),
                Amounts.format(l.originationFee(), c),
                l.disbursedOn(),
                Amounts.format(l.outstanding(), c),
                new LoanView.Arrears(l.bucket(), l.daysPastDue(), Amounts.format(l.overdue(), c), l.missed()),
                schedule,
                payments,
                l.lenders());
    }

    private void update(String loanId, DomainEventMessage<?> message, UnaryOperator<Loan> change) {
        Loan loan = mongo.findById(loanId, Loan.class, COLLECTION);
        if (loan == null || loan.version() >= message.getSequenceNumber()) {
            return;
        }
        mongo.save(change.apply(loan).atVersion(message.getSequenceNumber()), COLLECTION);
    }

    private static List<Row> rows(List<ScheduledInstalment> schedule) {
        return schedule.stream()
                .map(s -> new Row(s.number(), s.dueDate(), s.principalMinor(), s.interestMinor(), 0, 0))
                .toList();
    }

    private static Loan withPayments(Loan l, List<Payment> payments) {
        return new Loan(
                l.id(),
                l.borrowerId(),
                l.status(),
                l.grade(),
                l.termMonths(),
                l.currency(),
                l.principal(),
                l.ratePercent(),
                l.originationFee(),
                l.disbursedOn(),
                l.outstanding(),
                l.bucket(),
                l.daysPastDue(),
                l.overdue(),
                l.missed(),
                l.schedule(),
                payments,
                l.lenders(),
                l.version());
    }

    private static List<Payment> append(List<Payment> payments, Payment payment) {
        List<Payment> result = new ArrayList<>(payments);
        result.add(payment);
        return result;
    }

    private static List<Payment> mark(List<Payment> payments, String reference, String status) {
        return payments.stream()
                .map(p -> p.reference().equals(reference)
                        ? new Payment(p.reference(), p.kind(), p.amount(), status, p.asOf())
                        : p)
                .toList();
    }
}
