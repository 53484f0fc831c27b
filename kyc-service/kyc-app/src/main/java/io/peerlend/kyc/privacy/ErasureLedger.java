package io.peerlend.kyc.privacy;

import io.peerlend.kyc.api.CustomerDataErased;
import io.peerlend.kyc.api.ErasureProgress;
import io.peerlend.kyc.api.PersonalDataErased;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Each erasure and which services have done their part: the audit record of an erasure (ids, services and times,
 * no personal data). KYC is done when the erasure is recorded (its key is destroyed first); the others report with
 * {@link CustomerDataErased}. A projection of the event store.
 */
@Component
@ProcessingGroup("kyc-erasures")
public class ErasureLedger {

    static final String COLLECTION = "erasures";
    public static final String KYC = "kyc";

    /** @param done when each service did its part (services still pending are absent) */
    record Entry(@Id String customerId, Instant requestedAt, String requestedBy, Map<String, Instant> done) {}

    private final MongoTemplate mongo;
    private final List<String> participants;

    ErasureLedger(
            MongoTemplate mongo,
            @Value("${peerlend.kyc.erasure.participants:lending,scoring,disclosure,identity-provider}")
                    List<String> participants) {
        this.mongo = mongo;
        this.participants = List.copyOf(participants);
    }

    @EventHandler
    void on(PersonalDataErased e) {
        // another service's report may have been projected first
        Map<String, Instant> done =
                new LinkedHashMap<>(find(e.customerId()).map(Entry::done).orElse(Map.of()));
        done.put(KYC, e.erasedAt());
        mongo.save(new Entry(e.customerId(), e.erasedAt(), e.erasedBy(), done), COLLECTION);
    }

    @EventHandler
    void on(CustomerDataErased e) {
        Entry entry = find(e.customerId()).orElse(new Entry(e.customerId(), null, null, Map.of()));
        Map<String, Instant> done = new LinkedHashMap<>(entry.done());
        done.putIfAbsent(e.service(), e.erasedAt());
        mongo.save(new Entry(entry.customerId(), entry.requestedAt(), entry.requestedBy(), done), COLLECTION);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(COLLECTION);
    }

    public Optional<ErasureProgress> progress(String customerId) {
        return find(customerId).filter(e -> e.requestedAt() != null).map(e -> {
            List<String> pending =
                    participants.stream().filter(p -> !e.done().containsKey(p)).toList();
            return new ErasureProgress(
                    e.customerId(),
                    pending.isEmpty() ? "COMPLETE" : "IN_PROGRESS",
                    e.requestedAt(),
                    e.requestedBy(),
                    e.done(),
                    pending);
        });
    }

    private Optional<Entry> find(String customerId) {
        return Optional.ofNullable(
                mongo.findOne(Query.query(Criteria.where("_id").is(customerId)), Entry.class, COLLECTION));
    }
}
