package io.peerlend.kyc.complaints;

import io.peerlend.kyc.api.ComplaintAcknowledged;
import io.peerlend.kyc.api.ComplaintCategory;
import io.peerlend.kyc.api.ComplaintEscalated;
import io.peerlend.kyc.api.ComplaintOutcome;
import io.peerlend.kyc.api.ComplaintRaised;
import io.peerlend.kyc.api.ComplaintResolved;
import io.peerlend.kyc.api.CustomerRole;
import io.peerlend.kyc.api.Sealed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
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

/** Complaints as customers and officers read them (texts stay sealed here: opened only when shown). */
@Component
@ProcessingGroup("kyc-complaints")
public class ComplaintReadModel {

    static final String COLLECTION = "complaints";

    public enum Status {
        OPEN,
        RESOLVED,
        ESCALATED
    }

    @Document(COLLECTION)
    public record Entry(
            @Id String id,
            String customerId,
            CustomerRole role,
            ComplaintCategory category,
            String reference,
            Sealed description,
            Instant raisedAt,
            LocalDate finalResponseDue,
            String ombudsman,
            Instant acknowledgedAt,
            Status status,
            ComplaintOutcome outcome,
            Sealed response,
            long redressMinor,
            String currency,
            String officerId,
            Instant resolvedAt,
            Boolean withinDeadline,
            Instant escalatedAt,
            ComplaintEscalated.Reason escalationReason) {

        Entry acknowledged(String ombudsmanName, Instant at) {
            return new Entry(
                    id,
                    customerId,
                    role,
                    category,
                    reference,
                    description,
                    raisedAt,
                    finalResponseDue,
                    ombudsmanName,
                    at,
                    status,
                    outcome,
                    response,
                    redressMinor,
                    currency,
                    officerId,
                    resolvedAt,
                    withinDeadline,
                    escalatedAt,
                    escalationReason);
        }

        Entry resolved(ComplaintResolved e) {
            return new Entry(
                    id,
                    customerId,
                    role,
                    category,
                    reference,
                    description,
                    raisedAt,
                    finalResponseDue,
                    ombudsman,
                    acknowledgedAt,
                    Status.RESOLVED,
                    e.outcome(),
                    e.response(),
                    e.redressMinor(),
                    e.currency(),
                    e.officerId(),
                    e.resolvedAt(),
                    e.withinDeadline(),
                    escalatedAt,
                    escalationReason);
        }

        Entry escalated(ComplaintEscalated e) {
            return new Entry(
                    id,
                    customerId,
                    role,
                    category,
                    reference,
                    description,
                    raisedAt,
                    finalResponseDue,
                    ombudsman,
                    acknowledgedAt,
                    Status.ESCALATED,
                    outcome,
                    response,
                    redressMinor,
                    currency,
                    officerId,
                    resolvedAt,
                    withinDeadline,
                    e.escalatedAt(),
                    e.reason());
        }
    }

    private final MongoTemplate mongo;

    ComplaintReadModel(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ComplaintRaised e) {
        mongo.save(
                new Entry(
                        e.complaintId(),
                        e.customerId(),
                        e.role(),
                        e.category(),
                        e.reference(),
                        e.description(),
                        e.raisedAt(),
                        e.finalResponseDue(),
                        null,
                        null,
                        Status.OPEN,
                        null,
                        null,
                        0,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                COLLECTION);
    }

    @EventHandler
    void on(ComplaintAcknowledged e) {
        update(e.complaintId(), c -> c.acknowledged(e.ombudsman(), e.acknowledgedAt()));
    }

    @EventHandler
    void on(ComplaintResolved e) {
        update(e.complaintId(), c -> c.resolved(e));
    }

    @EventHandler
    void on(ComplaintEscalated e) {
        update(e.complaintId(), c -> c.escalated(e));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(COLLECTION);
    }

    public Optional<Entry> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Entry.class, COLLECTION));
    }

    /** A customer's own complaints, newest first. */
    public List<Entry> ofCustomer(String customerId) {
        return mongo.find(
                Query.query(Criteria.where("customerId").is(customerId))
                        .with(Sort.by(Sort.Direction.DESC, "raisedAt"))
                        .limit(100),
                Entry.class,
                COLLECTION);
    }

    /** Complaints in a status (all when null), the oldest due first: what the officers work through. */
    public List<Entry> inStatus(Status status, int limit) {
        Query query = status == null
                ? new Query()
                : Query.query(Criteria.where("status").is(status));
        return mongo.find(
                query.with(Sort.by(Sort.Direction.ASC, "finalResponseDue", "raisedAt"))
                        .limit(limit),
                Entry.class,
                COLLECTION);
    }

    private void update(String id, UnaryOperator<Entry> change) {
        find(id).ifPresent(c -> mongo.save(change.apply(c), COLLECTION));
    }
}
