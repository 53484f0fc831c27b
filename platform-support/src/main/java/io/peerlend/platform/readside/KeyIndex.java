package io.peerlend.platform.readside;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A read model's secondary index kept as documents addressed by their id: one document per key (a lender, a borrower,
 * a loan) listing the ids of the documents that belong to it. The read side's development server (mongo-java-server)
 * keeps unique indexes only and answers any other query by reading the whole collection, so a lookup by a non-id field
 * grows with the collection; this makes it two lookups by id, on any MongoDB. Idempotent ($addToSet), rebuildable with
 * its read model.
 */
public final class KeyIndex {

    private final MongoTemplate mongo;
    private final String collection;

    public KeyIndex(MongoTemplate mongo, String collection) {
        this.mongo = mongo;
        this.collection = collection;
    }

    public void add(String key, String id) {
        mongo.upsert(byKey(key), new Update().addToSet("ids", id), collection);
    }

    /** Many keys at once, in one round trip. */
    public void addAll(Map<String, ? extends Collection<String>> idsByKey) {
        if (idsByKey.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        idsByKey.forEach((key, ids) ->
                bulk.upsert(byKey(key), new Update().addToSet("ids").each(ids.toArray())));
        bulk.execute();
    }

    public List<String> ids(String key) {
        Document entry = mongo.findById(key, Document.class, collection);
        return entry == null ? List.of() : entry.getList("ids", String.class);
    }

    /** The documents of {@code collection} the key lists, fetched by id. */
    public <T> List<T> documents(String key, Class<T> type, String documents) {
        List<String> ids = ids(key);
        return ids.isEmpty()
                ? List.of()
                : mongo.find(Query.query(Criteria.where("_id").in(ids)), type, documents);
    }

    /** The newest {@code limit} of them (ids are kept in the order they were added). */
    public <T> List<T> newest(String key, int limit, Class<T> type, String documents) {
        List<String> ids = ids(key);
        List<String> newest = ids.subList(Math.max(0, ids.size() - limit), ids.size());
        return newest.isEmpty()
                ? List.of()
                : mongo.find(Query.query(Criteria.where("_id").in(newest)), type, documents);
    }

    public void drop() {
        mongo.dropCollection(collection);
    }

    private static Query byKey(String key) {
        return Query.query(Criteria.where("_id").is(key));
    }
}
