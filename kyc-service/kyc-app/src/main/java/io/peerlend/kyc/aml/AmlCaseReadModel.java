package io.peerlend.kyc.aml;

import io.peerlend.kyc.api.AmlAlert;
import io.peerlend.kyc.api.AmlAlertsAttached;
import io.peerlend.kyc.api.AmlCaseCleared;
import io.peerlend.kyc.api.AmlCaseOpened;
import io.peerlend.kyc.api.PersonalDataErased;
import io.peerlend.kyc.api.Sealed;
import io.peerlend.kyc.api.SuspiciousActivityReported;
import java.time.Instant;
import java.util.ArrayList;
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

/** AML cases for officers, in MongoDB; notes stay sealed, and erasure removes them. Rebuildable by replay. */
@Component
@ProcessingGroup("kyc-aml-cases")
public class AmlCaseReadModel {

    static final String COLLECTION = "aml_cases";

    public enum Status {
        OPEN,
        CLEARED,
        REPORTED
    }

    @Document(COLLECTION)
    public record Entry(
            @Id String id,
            String customerId,
            Status status,
            List<AmlAlert> alerts,
            Instant openedAt,
            String closedBy,
            Instant closedAt,
            String reportId,
            Sealed text) {}

    private final MongoTemplate mongo;

    AmlCaseReadModel(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(AmlCaseOpened e) {
        mongo.save(
                new Entry(e.caseId(), e.customerId(), Status.OPEN, e.alerts(), e.openedAt(), null, null, null, null),
                COLLECTION);
    }

    @EventHandler
    void on(AmlAlertsAttached e) {
        find(e.caseId()).ifPresent(c -> {
            List<AmlAlert> alerts = new ArrayList<>(c.alerts());
            e.alerts().stream().filter(a -> !alerts.contains(a)).forEach(alerts::add);
            mongo.save(
                    new Entry(c.id(), c.customerId(), c.status(), alerts, c.openedAt(), null, null, null, null),
                    COLLECTION);
        });
    }

    @EventHandler
    void on(AmlCaseCleared e) {
        find(e.caseId())
                .ifPresent(c -> mongo.save(
                        new Entry(
                                c.id(),
                                c.customerId(),
                                Status.CLEARED,
                                c.alerts(),
                                c.openedAt(),
                                e.officerId(),
                                e.clearedAt(),
                                null,
                                e.note()),
                        COLLECTION));
    }

    @EventHandler
    void on(SuspiciousActivityReported e) {
        find(e.caseId())
                .ifPresent(c -> mongo.save(
                        new Entry(
                                c.id(),
                                c.customerId(),
                                Status.REPORTED,
                                c.alerts(),
                                c.openedAt(),
                                e.officerId(),
                                e.reportedAt(),
                                e.reportId(),
                                e.narrative()),
                        COLLECTION));
    }

    @EventHandler
    void on(PersonalDataErased e) {
        for (Entry c :
                mongo.find(Query.query(Criteria.where("customerId").is(e.customerId())), Entry.class, COLLECTION)) {
            mongo.save(
                    new Entry(
                            c.id(),
                            c.customerId(),
                            c.status(),
                            c.alerts(),
                            c.openedAt(),
                            c.closedBy(),
                            c.closedAt(),
                            c.reportId(),
                            null),
                    COLLECTION);
        }
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(COLLECTION);
    }

    public Optional<Entry> find(String caseId) {
        return Optional.ofNullable(mongo.findById(caseId, Entry.class, COLLECTION));
    }

    public List<Entry> list(Status status, int limit) {
        Query query = status == null
                ? new Query()
                : Query.query(Criteria.where("status").is(status));
        return mongo.find(query.with(Sort.by("openedAt")).limit(limit), Entry.class, COLLECTION);
    }
}
