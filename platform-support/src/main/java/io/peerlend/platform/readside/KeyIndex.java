package io.peerlend.platform.readside;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A read model's secondary index kept as documents addressed by their id: per key (a lender, a borrower, a loan) the
 * ids of the documents that belong to it. The read side's development server (mongo-java-server) keeps unique indexes
 * only and answers any other query by reading the whole collection, so a lookup by a non-id field grows with the
 * collection; this makes it lookups by id, on any MongoDB. Rebuildable with its read model.
 *
 * <p>A key's ids are kept in pages of at most {@link #PAGE} ids, so no document nears MongoDB's 16 MB limit however
 * many ids a key gathers (one document per key held 350,000 ids at most; a lender's auto-invest makes that many
 * parts and offers). The key's own document ({@code _id} the key) is page 0; page {@code p} is {@code key#p}. The
 * positions handed out are counted in a small document of their own ({@code key#next}, field {@code count}): each id
 * added takes the next position, and its page is its position divided by {@link #PAGE}. Ids added to one key take
 * their positions atomically, so concurrent adders never race for a page; ids added to many keys at once (a loan's
 * parts) read the counts in one query and raise them in the write (see {@link #addAll}). (Counted in page 0 itself, every id added rewrote a full first page of 10,000 ids.) An id
 * added again (a redelivered event) lands in the same page at most once ({@code $addToSet}), and if it lands in a
 * later page the reader drops the repeat. Keys of the earlier forms go on: one whose page 0 holds the count keeps
 * counting there, and one written before pages existed (no count anywhere) keeps its ids as page 0.
 */
public final class KeyIndex {

    /** Ids per page: about 40 bytes each, so a page stays under half a megabyte. */
    static final int PAGE = 10_000;

    private final MongoTemplate mongo;
    private final String collection;
    private final int pageSize;

    public KeyIndex(MongoTemplate mongo, String collection) {
        this(mongo, collection, PAGE);
    }

    KeyIndex(MongoTemplate mongo, String collection, int pageSize) {
        this.mongo = mongo;
        this.collection = collection;
        this.pageSize = pageSize;
    }

    public void add(String key, String id) {
        addAll(Map.of(key, List.of(id)));
    }

    /**
     * Many keys at once (a loan's parts, one key per lender). One key: its positions taken atomically, then its pages
     * written. Several: the counts of those already counted read in one query and raised with the pages in one bulk
     * write, two round trips in all instead of one per key; a key not counted yet takes its positions as one key does.
     * Two adders to one key at once (only while the processor that writes an index changes hands: one instance holds
     * it) may read the same count and put their ids on the same page, which then holds that many more than a page;
     * nothing is lost, as a key's pages are read up to its count, which counts both.
     */
    public void addAll(Map<String, ? extends Collection<String>> idsByKey) {
        Map<String, Collection<String>> adding = new LinkedHashMap<>();
        idsByKey.forEach((key, ids) -> {
            if (!ids.isEmpty()) {
                adding.put(key, ids);
            }
        });
        if (adding.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        Map<String, Long> counted = adding.size() > 1 ? counts(adding.keySet()) : Map.of();
        adding.forEach((key, ids) -> {
            long first;
            Long count = counted.get(key);
            if (count != null) {
                first = count;
                bulk.updateOne(byId(counterId(key)), new Update().inc("count", ids.size()));
            } else {
                first = reserve(key, ids.size());
            }
            Map<Long, List<String>> byPage = new LinkedHashMap<>();
            long position = first;
            for (String id : ids) {
                byPage.computeIfAbsent(position / pageSize, p -> new ArrayList<>())
                        .add(id);
                position++;
            }
            byPage.forEach((page, pageIds) -> bulk.upsert(
                    byId(pageId(key, page)), new Update().addToSet("ids").each(pageIds.toArray())));
        });
        bulk.execute();
    }

    public List<String> ids(String key) {
        Document head = null;
        Document counter = null;
        for (Document d :
                mongo.find(Query.query(Criteria.where("_id").in(key, counterId(key))), Document.class, collection)) {
            if (key.equals(d.getString("_id"))) {
                head = d;
            } else {
                counter = d;
            }
        }
        if (head == null && counter == null) {
            return List.of();
        }
        LinkedHashSet<String> ids =
                new LinkedHashSet<>(head == null ? List.of() : head.getList("ids", String.class, List.of()));
        long pages = pages(counter != null ? counter : head);
        if (pages > 1) {
            List<String> later = new ArrayList<>();
            for (long p = 1; p < pages; p++) {
                later.add(pageId(key, p));
            }
            List<Document> found = mongo.find(Query.query(Criteria.where("_id").in(later)), Document.class, collection);
            found.sort(Comparator.comparingLong(d -> pageNumber(d.getString("_id"))));
            found.forEach(d -> ids.addAll(d.getList("ids", String.class, List.of())));
        }
        return List.copyOf(ids);
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

    /** The counts of those keys that have a counter of their own, read in one query. */
    private Map<String, Long> counts(Collection<String> keys) {
        Map<String, Long> counts = new HashMap<>();
        List<String> counters = keys.stream().map(KeyIndex::counterId).toList();
        for (Document d : mongo.find(Query.query(Criteria.where("_id").in(counters)), Document.class, collection)) {
            String id = d.getString("_id");
            Object count = d.get("count");
            if (count != null) {
                counts.put(id.substring(0, id.length() - "#next".length()), ((Number) count).longValue());
            }
        }
        return counts;
    }

    /** Takes {@code n} positions for the key's next ids, returning the first (the counter made if new). */
    private long reserve(String key, int n) {
        Document counted = count(counterId(key), n, false);
        if (counted == null) {
            Document head = mongo.findById(key, Document.class, collection);
            boolean countedInHead = head != null && head.get("count") != null; // the earlier form
            counted = count(countedInHead ? key : counterId(key), n, !countedInHead);
        }
        return ((Number) counted.get("count")).longValue() - n;
    }

    private Document count(String id, int n, boolean create) {
        return mongo.findAndModify(
                byId(id),
                new Update().inc("count", n),
                FindAndModifyOptions.options().upsert(create).returnNew(true),
                Document.class,
                collection);
    }

    private long pages(Document counted) {
        Object count = counted.get("count");
        return count == null ? 1 : Math.max(1, (((Number) count).longValue() + pageSize - 1) / pageSize);
    }

    private static String pageId(String key, long page) {
        return page == 0 ? key : key + "#" + page;
    }

    private static String counterId(String key) {
        return key + "#next";
    }

    private static long pageNumber(String pageId) {
        return Long.parseLong(pageId.substring(pageId.lastIndexOf('#') + 1));
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
