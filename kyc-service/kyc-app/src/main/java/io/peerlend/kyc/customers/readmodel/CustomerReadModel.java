package io.peerlend.kyc.customers.readmodel;

import io.peerlend.kyc.api.ClearanceProposed;
import io.peerlend.kyc.api.CustomerReferred;
import io.peerlend.kyc.api.CustomerReinstated;
import io.peerlend.kyc.api.CustomerRejected;
import io.peerlend.kyc.api.CustomerRescreened;
import io.peerlend.kyc.api.CustomerReverificationDue;
import io.peerlend.kyc.api.CustomerRiskRaised;
import io.peerlend.kyc.api.CustomerRole;
import io.peerlend.kyc.api.CustomerStatus;
import io.peerlend.kyc.api.CustomerSuspended;
import io.peerlend.kyc.api.CustomerVerified;
import io.peerlend.kyc.api.IdentityEvidence;
import io.peerlend.kyc.api.OnboardingSubmitted;
import io.peerlend.kyc.api.PersonalDataErased;
import io.peerlend.kyc.api.RelationshipEnded;
import io.peerlend.kyc.api.RiskRating;
import io.peerlend.kyc.api.ScreeningHit;
import io.peerlend.kyc.api.Sealed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Customers for their own page and for staff, in MongoDB. Personal data stays sealed here as in the events (the
 * service opens it when a page needs it); erasure removes even the ciphertext. Idempotent and rebuildable by replay.
 */
@Component
@ProcessingGroup("kyc-customers")
public class CustomerReadModel {

    static final String COLLECTION = "customers";
    private final MongoTemplate mongo;

    CustomerReadModel(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Document(COLLECTION)
    public record Entry(
            @Id String id,
            CustomerStatus status,
            Set<CustomerRole> roles,
            RiskRating riskRating,
            List<String> riskFactors,
            List<String> reasons,
            LocalDate reverifyBy,
            List<ScreeningHit> screeningHits,
            String listsVersion,
            String clearanceProposedBy,
            String documentType,
            boolean documentValid,
            List<IdentityEvidence> evidence,
            Sealed personalData,
            Sealed documentFailures,
            LocalDate retainUntil,
            Instant submittedAt,
            Instant updatedAt) {

        Entry with(CustomerStatus newStatus, List<String> newReasons, Instant at) {
            return new Entry(
                    id,
                    newStatus,
                    roles,
                    riskRating,
                    riskFactors,
                    newReasons,
                    reverifyBy,
                    screeningHits,
                    listsVersion,
                    null,
                    documentType,
                    documentValid,
                    evidence,
                    personalData,
                    documentFailures,
                    retainUntil,
                    submittedAt,
                    at);
        }
    }

    @EventHandler
    void on(OnboardingSubmitted e) {
        mongo.save(
                new Entry(
                        e.customerId(),
                        null,
                        e.roles(),
                        e.riskRating(),
                        e.riskFactors(),
                        List.of(),
                        null,
                        e.screeningHits(),
                        e.listsVersion(),
                        null,
                        e.documentType(),
                        e.documentValid(),
                        e.evidence() == null ? List.of() : e.evidence(),
                        e.personalData(),
                        e.documentFailures(),
                        null,
                        e.submittedAt(),
                        e.submittedAt()),
                COLLECTION);
    }

    @EventHandler
    void on(CustomerVerified e) {
        update(e.customerId(), c -> {
            Entry v = c.with(CustomerStatus.VERIFIED, List.of(), e.verifiedAt());
            return new Entry(
                    v.id(),
                    v.status(),
                    v.roles(),
                    v.riskRating(),
                    v.riskFactors(),
                    v.reasons(),
                    e.reverifyBy(),
                    v.screeningHits(),
                    v.listsVersion(),
                    null,
                    v.documentType(),
                    v.documentValid(),
                    v.evidence(),
                    v.personalData(),
                    v.documentFailures(),
                    v.retainUntil(),
                    v.submittedAt(),
                    v.updatedAt());
        });
    }

    @EventHandler
    void on(CustomerReferred e) {
        update(e.customerId(), c -> c.with(e.status(), e.reasons(), e.referredAt()));
    }

    @EventHandler
    void on(ClearanceProposed e) {
        update(
                e.customerId(),
                c -> new Entry(
                        c.id(),
                        c.status(),
                        c.roles(),
                        c.riskRating(),
                        c.riskFactors(),
                        c.reasons(),
                        c.reverifyBy(),
                        c.screeningHits(),
                        c.listsVersion(),
                        e.proposedBy(),
                        c.documentType(),
                        c.documentValid(),
                        c.evidence(),
                        c.personalData(),
                        c.documentFailures(),
                        c.retainUntil(),
                        c.submittedAt(),
                        e.proposedAt()));
    }

    @EventHandler
    void on(CustomerRejected e) {
        update(e.customerId(), c -> c.with(CustomerStatus.REJECTED, e.reasons(), e.rejectedAt()));
    }

    @EventHandler
    void on(CustomerSuspended e) {
        // an officer's note is sealed (StaffNotes); a system reason is not personal
        update(
                e.customerId(),
                c -> c.with(
                        CustomerStatus.SUSPENDED,
                        e.reason() == null ? List.of() : List.of(e.reason()),
                        e.suspendedAt()));
    }

    @EventHandler
    void on(CustomerReinstated e) {
        update(e.customerId(), c -> c.with(CustomerStatus.VERIFIED, List.of(), e.reinstatedAt()));
    }

    @EventHandler
    void on(CustomerRiskRaised e) {
        update(e.customerId(), c -> {
            List<String> factors = new ArrayList<>(c.riskFactors() == null ? List.of() : c.riskFactors());
            if (e.reason() != null) {
                factors.add(0, e.reason()); // sealed in newer events (StaffNotes)
            }
            return new Entry(
                    c.id(),
                    c.status(),
                    c.roles(),
                    e.rating(),
                    factors,
                    c.reasons(),
                    c.reverifyBy() == null ? null : e.reverifyBy(),
                    c.screeningHits(),
                    c.listsVersion(),
                    c.clearanceProposedBy(),
                    c.documentType(),
                    c.documentValid(),
                    c.evidence(),
                    c.personalData(),
                    c.documentFailures(),
                    c.retainUntil(),
                    c.submittedAt(),
                    e.raisedAt());
        });
    }

    @EventHandler
    void on(CustomerReverificationDue e) {
        update(
                e.customerId(),
                c -> c.with(
                        CustomerStatus.REVERIFICATION_DUE,
                        List.of("your identity check is due again: please give your details and a current document"),
                        e.dueAt()));
    }

    /** Former customers whose retention period has ended by the day and who are not erased yet. */
    public List<String> pastRetention(LocalDate day, int limit) {
        Query query = Query.query(
                        Criteria.where("retainUntil").lte(day).and("status").ne(CustomerStatus.ERASED))
                .limit(limit);
        return mongo.find(query, Entry.class, COLLECTION).stream()
                .map(Entry::id)
                .toList();
    }

    /** Verified customers whose verification runs out on or before the day, for the re-verification job. */
    public List<String> dueForReverification(LocalDate day, int limit) {
        Query query = Query.query(Criteria.where("status")
                        .is(CustomerStatus.VERIFIED)
                        .and("reverifyBy")
                        .lte(day)
                        .and("retainUntil")
                        .is(null))
                .limit(limit);
        return mongo.find(query, Entry.class, COLLECTION).stream()
                .map(Entry::id)
                .toList();
    }

    @EventHandler
    void on(CustomerRescreened e, @Timestamp Instant at) {
        update(
                e.customerId(),
                c -> new Entry(
                        c.id(),
                        c.status(),
                        c.roles(),
                        c.riskRating(),
                        c.riskFactors(),
                        c.reasons(),
                        c.reverifyBy(),
                        "CLEAR".equals(e.decision()) || e.hits() == null ? c.screeningHits() : e.hits(),
                        e.listsVersion(),
                        c.clearanceProposedBy(),
                        c.documentType(),
                        c.documentValid(),
                        c.evidence(),
                        c.personalData(),
                        c.documentFailures(),
                        c.retainUntil(),
                        c.submittedAt(),
                        at));
    }

    @EventHandler
    void on(RelationshipEnded e) {
        update(
                e.customerId(),
                c -> new Entry(
                        c.id(),
                        c.status(),
                        c.roles(),
                        c.riskRating(),
                        c.riskFactors(),
                        c.reasons(),
                        c.reverifyBy(),
                        c.screeningHits(),
                        c.listsVersion(),
                        c.clearanceProposedBy(),
                        c.documentType(),
                        c.documentValid(),
                        c.evidence(),
                        c.personalData(),
                        c.documentFailures(),
                        e.retainUntil(),
                        c.submittedAt(),
                        e.endedAt()));
    }

    /** Not even the ciphertext is kept: there is nothing left to read. */
    @EventHandler
    void on(PersonalDataErased e) {
        update(
                e.customerId(),
                c -> new Entry(
                        c.id(),
                        CustomerStatus.ERASED,
                        c.roles(),
                        c.riskRating(),
                        List.of(),
                        List.of(),
                        null,
                        List.of(),
                        c.listsVersion(),
                        null,
                        c.documentType(),
                        c.documentValid(),
                        c.evidence(),
                        null,
                        null,
                        c.retainUntil(),
                        c.submittedAt(),
                        e.erasedAt()));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(COLLECTION);
    }

    public Optional<Entry> find(String customerId) {
        return Optional.ofNullable(mongo.findById(customerId, Entry.class, COLLECTION));
    }

    /** Customers waiting for an officer, oldest first. */
    public List<Entry> awaitingReview(int limit) {
        return mongo.find(
                Query.query(Criteria.where("status").in(CustomerStatus.IN_REVIEW, CustomerStatus.BLOCKED))
                        .with(Sort.by("updatedAt"))
                        .limit(limit),
                Entry.class,
                COLLECTION);
    }

    /** Everyone whose personal data still exists and who could be on a list, for re-screening. */
    /**
     * Customers to screen again, in id order, after {@code afterId} (null: from the first): a job that records the last
     * id it finished resumes exactly there, whatever was added or removed meanwhile.
     */
    public List<Entry> screenableAfter(String afterId, int limit) {
        Criteria screenable = Criteria.where("status")
                .in(
                        CustomerStatus.VERIFIED,
                        CustomerStatus.IN_REVIEW,
                        CustomerStatus.BLOCKED,
                        CustomerStatus.SUSPENDED);
        if (afterId != null) {
            screenable = screenable.and("_id").gt(afterId);
        }
        return mongo.find(Query.query(screenable).with(Sort.by("_id")).limit(limit), Entry.class, COLLECTION);
    }

    private void update(String customerId, UnaryOperator<Entry> change) {
        find(customerId).ifPresent(c -> mongo.save(change.apply(c), COLLECTION));
    }
}
