package io.peerlend.lending.applications.readmodel;

import io.peerlend.lending.api.LoanPurpose;
import io.peerlend.lending.api.events.BorrowerIdentityConfirmed;
import io.peerlend.lending.api.events.LoanAmountReduced;
import io.peerlend.lending.api.events.LoanApplicationDeclined;
import io.peerlend.lending.api.events.LoanApplicationExpired;
import io.peerlend.lending.api.events.LoanApplicationScored;
import io.peerlend.lending.api.events.LoanApplicationSubmitted;
import io.peerlend.lending.api.events.LoanApplicationWithdrawn;
import io.peerlend.lending.api.events.LoanFunded;
import io.peerlend.lending.api.events.LoanNotFunded;
import io.peerlend.lending.api.events.LoanQuoted;
import io.peerlend.lending.api.events.QuoteAccepted;
import io.peerlend.lending.api.http.LoanApplicationView;
import io.peerlend.lending.product.Amounts;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Loan applications as borrowers and staff read them, in MongoDB. Idempotent (an event applied twice writes the same
 * document) and rebuildable: a reset drops the collection and a replay fills it again.
 */
@Component
@ProcessingGroup("lending-applications")
public class LoanApplicationReadModel {

    static final String COLLECTION = "loan_applications";
    private final MongoTemplate mongo;

    LoanApplicationReadModel(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(LoanApplicationSubmitted event) {
        mongo.save(
                new Entry(
                        event.applicationId(),
                        event.borrowerId(),
                        event.amountMinor(),
                        event.currency(),
                        event.termMonths(),
                        event.purpose(),
                        "WAITING_FOR_KYC",
                        null,
                        List.of(),
                        event.submittedAt()),
                COLLECTION);
    }

    @EventHandler
    void on(BorrowerIdentityConfirmed event) {
        find(event.applicationId())
                .filter(e -> "WAITING_FOR_KYC".equals(e.status()))
                .ifPresent(e -> mongo.save(e.decided("SCORING", null, List.of()), COLLECTION));
    }

    @EventHandler
    void on(LoanApplicationScored event) {
        find(event.applicationId())
                .ifPresent(e -> mongo.save(e.decided("SCORED", event.grade(), event.reasons()), COLLECTION));
    }

    @EventHandler
    void on(LoanQuoted event) {
        find(event.applicationId()).ifPresent(e -> mongo.save(e.decided("QUOTED", e.grade(), e.reasons()), COLLECTION));
    }

    @EventHandler
    void on(QuoteAccepted event) {
        find(event.applicationId())
                .ifPresent(e -> mongo.save(e.decided("ACCEPTED", e.grade(), e.reasons()), COLLECTION));
    }

    @EventHandler
    void on(LoanFunded event) {
        find(event.applicationId()).ifPresent(e -> mongo.save(e.decided("FUNDED", e.grade(), e.reasons()), COLLECTION));
    }

    @EventHandler
    void on(LoanNotFunded event) {
        find(event.applicationId())
                .ifPresent(e -> mongo.save(e.decided("SCORED", e.grade(), List.of(event.reason())), COLLECTION));
    }

    @EventHandler
    void on(LoanApplicationDeclined event) {
        find(event.applicationId())
                .ifPresent(e -> mongo.save(e.decided("DECLINED", null, event.reasons()), COLLECTION));
    }

    @EventHandler
    void on(LoanAmountReduced event) {
        find(event.applicationId())
                .ifPresent(e -> mongo.save(
                        new Entry(
                                e.id(),
                                e.borrowerId(),
                                event.toMinor(),
                                e.currency(),
                                e.termMonths(),
                                e.purpose(),
                                "SCORED",
                                e.grade(),
                                e.reasons(),
                                e.submittedAt()),
                        COLLECTION));
    }

    @EventHandler
    void on(LoanApplicationWithdrawn event) {
        find(event.applicationId())
                .ifPresent(e -> mongo.save(e.decided("WITHDRAWN", e.grade(), e.reasons()), COLLECTION));
    }

    @EventHandler
    void on(LoanApplicationExpired event) {
        find(event.applicationId())
                .ifPresent(e -> mongo.save(e.decided("EXPIRED", e.grade(), List.of(event.reason())), COLLECTION));
    }

    /** Applications in a status (e.g. QUOTED ones, which close of business checks for expiry). */
    public List<String> idsWithStatus(String status) {
        return mongo.find(Query.query(Criteria.where("status").is(status)), Entry.class, COLLECTION).stream()
                .map(Entry::id)
                .toList();
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(COLLECTION);
    }

    /** A borrower's own applications, newest first (at most {@code limit}). */
    public List<Entry> ofBorrower(String borrowerId, int limit) {
        return mongo.find(
                Query.query(Criteria.where("borrowerId").is(borrowerId))
                        .with(Sort.by(Sort.Direction.DESC, "submittedAt"))
                        .limit(limit),
                Entry.class,
                COLLECTION);
    }

    public Optional<Entry> find(String applicationId) {
        return Optional.ofNullable(mongo.findById(applicationId, Entry.class, COLLECTION));
    }

    @Document(COLLECTION)
    public record Entry(
            @Id String id,
            String borrowerId,
            long amountMinor,
            String currency,
            int termMonths,
            LoanPurpose purpose,
            String status,
            String grade,
            List<String> reasons,
            Instant submittedAt) {

        Entry decided(String newStatus, String newGrade, List<String> newReasons) {
            return new Entry(
                    id,
                    borrowerId,
                    amountMinor,
                    currency,
                    termMonths,
                    purpose,
                    newStatus,
                    newGrade,
                    newReasons,
                    submittedAt);
        }

        public LoanApplicationView view() {
            return new LoanApplicationView(
                    id,
                    Amounts.format(amountMinor, currency),
                    currency,
                    termMonths,
                    purpose,
                    status,
                    grade,
                    reasons == null ? List.of() : reasons,
                    submittedAt);
        }
    }
}
