package io.peerlend.platform.readside;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Documents a projection saves while an event processor handles a batch, written in one bulk write per collection as
 * the batch commits (before the processor stores its token) instead of one round trip each. If the batch fails,
 * nothing of it is written and it is handled again, as with single saves.
 *
 * <p>Only for projections that write documents whole, by id, and never read back within a batch what they saved
 * there (a journal entry per event, say): a read in the same batch would not see the pending document. Outside a unit
 * of work (a test, a rebuild step) a save is written at once. A document saved twice in one batch is written once,
 * as last saved.
 */
public final class BatchedSaves {

    private final MongoTemplate mongo;
    // one set of pending writes per instance and batch (identity hash codes may repeat; a random id does not)
    private final String pendingKey = BatchedSaves.class.getName() + "@" + UUID.randomUUID();

    public BatchedSaves(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Saves {@code document} (its {@code _id} set) to {@code collection}, with the rest of the current batch. */
    public void save(Object document, String collection) {
        if (!CurrentUnitOfWork.isStarted()) {
            mongo.save(document, collection);
            return;
        }
        Document written = new Document();
        mongo.getConverter().write(document, written);
        Object id = written.get("_id");
        if (id == null) {
            throw new IllegalArgumentException("a batched document needs its id: " + document.getClass());
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        batch.<Map<String, Map<Object, Document>>>getOrComputeResource(pendingKey, key -> {
                    Map<String, Map<Object, Document>> pending = new LinkedHashMap<>();
                    batch.onPrepareCommit(u -> write(pending));
                    return pending;
                })
                .computeIfAbsent(collection, c -> new LinkedHashMap<>())
                .put(id, written);
    }

    private void write(Map<String, Map<Object, Document>> pending) {
        pending.forEach((collection, documents) -> {
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
            documents.forEach((id, document) -> bulk.replaceOne(
                    Query.query(Criteria.where("_id").is(id)),
                    document,
                    FindAndReplaceOptions.options().upsert()));
            bulk.execute();
        });
    }
}
