package io.peerlend.kyc.aml;

import io.peerlend.kyc.aml.TransactionMonitor.Customer;
import io.peerlend.kyc.aml.domain.MoneyMovement;
import io.peerlend.platform.axon.BatchWrites;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The customers' monitoring records as one batch of the monitor's processor sees them: read from MongoDB, or as the
 * batch left them, and written in one bulk write as the batch commits, once the cases its alerts opened are stored
 * (the commands' events are stored with the batch, just before: {@link BatchWrites}). A batch that fails before that
 * writes nothing and opens nothing, and is judged again whole. A part lent only sets the record's latest part lent, without reading it first. Outside a batch (a test),
 * each change is written at once.
 */
final class MonitoringRecords {

    /** What a batch has changed: records to write whole, and latest parts lent to set on records it did not read. */
    private record Pending(Map<String, Customer> records, Map<String, MoneyMovement> lent) {}

    private final MongoTemplate mongo;
    // one set of pending writes per instance and batch
    private final String pendingKey = MonitoringRecords.class.getName() + "@" + UUID.randomUUID();

    MonitoringRecords(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The record as stored, with this batch's changes; null if there is none. */
    Customer find(String customerId) {
        Pending pending = pending();
        if (pending != null && pending.records().containsKey(customerId)) {
            return pending.records().get(customerId);
        }
        Customer stored = mongo.findById(customerId, Customer.class, TransactionMonitor.COLLECTION);
        MoneyMovement lent = pending == null ? null : pending.lent().get(customerId);
        if (lent == null) {
            return stored;
        }
        return stored == null
                ? new Customer(customerId, null, null, lent)
                : new Customer(stored.id(), stored.movements(), stored.openCaseId(), lent);
    }

    void save(Customer record) {
        if (!CurrentUnitOfWork.isStarted()) {
            mongo.save(record, TransactionMonitor.COLLECTION);
            return;
        }
        Pending pending = gathered();
        pending.lent().remove(record.id());
        pending.records().put(record.id(), record);
    }

    /** Sets the customer's latest part lent. */
    void lent(String customerId, MoneyMovement lent) {
        if (!CurrentUnitOfWork.isStarted()) {
            mongo.upsert(byId(customerId), setLent(lent), Customer.class, TransactionMonitor.COLLECTION);
            return;
        }
        Pending pending = gathered();
        Customer read = pending.records().get(customerId);
        if (read != null) {
            pending.records().put(customerId, new Customer(read.id(), read.movements(), read.openCaseId(), lent));
        } else {
            pending.lent().put(customerId, lent);
        }
    }

    private Pending pending() {
        return CurrentUnitOfWork.isStarted() ? CurrentUnitOfWork.get().root().getResource(pendingKey) : null;
    }

    private Pending gathered() {
        return BatchWrites.gathered(
                pendingKey, () -> new Pending(new LinkedHashMap<>(), new LinkedHashMap<>()), this::write);
    }

    private void write(Pending pending) {
        if (pending.records().isEmpty() && pending.lent().isEmpty()) {
            return;
        }
        BulkOperations bulk =
                mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Customer.class, TransactionMonitor.COLLECTION);
        pending.records()
                .forEach((id, record) -> bulk.replaceOne(
                        byId(id), record, FindAndReplaceOptions.options().upsert()));
        pending.lent().forEach((id, lent) -> bulk.upsert(byId(id), setLent(lent)));
        bulk.execute();
    }

    private static Update setLent(MoneyMovement lent) {
        return new Update().set("lastLent", lent);
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
