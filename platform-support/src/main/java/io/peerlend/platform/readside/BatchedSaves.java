package io.peerlend.platform.readside;

import io.peerlend.platform.axon.BatchWrites;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Documents a projection saves while an event processor handles a batch, written in one bulk write per collection as
 * the batch commits, before the processor stores its token ({@link BatchWrites}), instead of one round trip each. If the batch fails,
 * nothing of it is written and it is handled again, as with single saves.
 *
 * <p>For projections that write documents whole, by id. A projection that reads back what it saved reads through
 * {@link #findById}, which finds the batch's pending version first (a lender's account moved by several events of one
 * batch); a query of its own would not see it. Outside a unit of work (a test, a rebuild step) a save is written at
 * once. A document saved twice in one batch is written once, as last saved. Collections are written in the order
 * given (documents that count others after them: a failure between the two leaves the counted ones, which the batch
 * handled again writes in their place), the rest after them in the order first saved.
 */
public final class BatchedSaves {

    private final MongoTemplate mongo;
    // one set of pending writes per instance and batch (identity hash codes may repeat; a random id does not)
    private final String pendingKey = BatchedSaves.class.getName() + "@" + UUID.randomUUID();
    private final String preloadedKey = pendingKey + "/preloaded";

    private final List<String> writeOrder;

    public BatchedSaves(MongoTemplate mongo) {
        this(mongo, List.of());
    }

    /** @param writeOrder the collections written first as a batch commits, in this order */
    public BatchedSaves(MongoTemplate mongo, List<String> writeOrder) {
        this.mongo = mongo;
        this.writeOrder = List.copyOf(writeOrder);
    }

    /** The document as this batch last saved it, or else as preloaded for it, or else as stored (null if none). */
    public <T> T findById(Object id, Class<T> type, String collection) {
        if (CurrentUnitOfWork.isStarted()) {
            UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
            Map<String, Map<Object, Document>> pending = batch.getResource(pendingKey);
            Object key = key(id);
            Document saved = pending == null
                    ? null
                    : pending.getOrDefault(collection, Map.of()).get(key);
            if (saved != null) {
                return mongo.getConverter().read(type, saved);
            }
            Map<String, Map<Object, Optional<Document>>> preloaded = batch.getResource(preloadedKey);
            Map<Object, Optional<Document>> read =
                    preloaded == null ? Map.of() : preloaded.getOrDefault(collection, Map.of());
            if (read.containsKey(key)) {
                return read.get(key)
                        .map(d -> mongo.getConverter().read(type, d))
                        .orElse(null);
            }
        }
        return mongo.findById(id, type, collection);
    }

    /**
     * Reads in one query the documents the current batch is about to need, so that {@link #findById} finds them, or
     * finds them missing, without a round trip each. Only for a collection nobody else writes while the batch runs
     * (the read model of this batch's own processor, one segment of which writes it at a time). Outside a batch,
     * nothing.
     */
    public void preload(Collection<?> ids, String collection) {
        if (!CurrentUnitOfWork.isStarted() || ids.isEmpty()) {
            return;
        }
        List<Object> keys = ids.stream().map(this::key).distinct().toList();
        Map<Object, Document> found = new HashMap<>();
        mongo.find(Query.query(Criteria.where("_id").in(keys)), Document.class, collection)
                .forEach(d -> found.put(d.get("_id"), d));
        Map<Object, Optional<Document>> read = CurrentUnitOfWork.get()
                .root()
                .<Map<String, Map<Object, Optional<Document>>>>getOrComputeResource(preloadedKey, k -> new HashMap<>())
                .computeIfAbsent(collection, c -> new HashMap<>());
        keys.forEach(k -> read.put(k, Optional.ofNullable(found.get(k))));
    }

    /** The id as the converter writes it (a string of an ObjectId's form becomes one). */
    private Object key(Object id) {
        return mongo.getConverter().convertId(id, ObjectId.class);
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
        BatchWrites.gathered(
                        pendingKey,
                        () -> {
                            Map<String, Map<Object, Document>> pending = new LinkedHashMap<>();
                            writeOrder.forEach(c -> pending.put(c, new LinkedHashMap<>()));
                            return pending;
                        },
                        this::write)
                .computeIfAbsent(collection, c -> new LinkedHashMap<>())
                .put(id, written);
    }

    private void write(Map<String, Map<Object, Document>> pending) {
        pending.forEach((collection, documents) -> {
            if (documents.isEmpty()) {
                return;
            }
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
            documents.forEach((id, document) -> bulk.replaceOne(
                    Query.query(Criteria.where("_id").is(id)),
                    document,
                    FindAndReplaceOptions.options().upsert()));
            bulk.execute();
        });
    }
}
