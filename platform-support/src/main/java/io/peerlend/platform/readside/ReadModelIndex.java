package io.peerlend.platform.readside;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/**
 * An index a read model's queries need on a production MongoDB, declared by the service that queries (each service's
 * {@code ReadModelIndexDeclarations}) and created at start-up by {@link ReadModelIndexCreator}; creating one that exists
 * changes nothing. Keys in order, equality fields first, then the sort: a field prefixed {@code -} is descending.
 * The development wire server accepts them too (it scans regardless).
 */
public record ReadModelIndex(String collection, List<String> keys) {

    public ReadModelIndex {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("an index needs at least one key");
        }
        keys = List.copyOf(keys);
    }

    public static ReadModelIndex on(String collection, String... keys) {
        return new ReadModelIndex(collection, List.of(keys));
    }

    /** Its name in MongoDB: the keys joined, so the same declaration always names the same index. */
    public String name() {
        return "by_"
                + String.join(
                        "_",
                        keys.stream()
                                .map(k -> k.replace("-", "desc_").replace('.', '_'))
                                .toList());
    }

    /** Whether the collection has this index (by name), for a service's tests and a look from the shell alike. */
    public boolean existsIn(MongoTemplate mongo) {
        return mongo.indexOps(collection).getIndexInfo().stream()
                .anyMatch(i -> i.getName().equals(name()));
    }

    Index definition() {
        Index index = new Index().named(name());
        for (String key : keys) {
            if (key.startsWith("-")) {
                index.on(key.substring(1), Sort.Direction.DESC);
            } else {
                index.on(key, Sort.Direction.ASC);
            }
        }
        return index;
    }
}
