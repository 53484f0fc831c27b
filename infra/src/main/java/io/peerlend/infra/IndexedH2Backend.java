package io.peerlend.infra;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend with its unique indexes on {@link IndexKeyType}: the library opens each index map with
 * H2's default key type; opening the map first, under the same name, with ours makes the library's own
 * {@code openMap(name)} find it open. Everything else is the library's.
 */
final class IndexedH2Backend extends H2Backend {

    /**
     * Static: the library opens the databases already in the file from its own constructor, before an instance field
     * of ours is set. Its cache holds keys by identity, so servers sharing it (tests) never see each other's.
     */
    private static final IndexKeyType KEYS = new IndexKeyType();

    IndexedH2Backend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName);
    }

    /** An inner class, for the backend's store and cursors (the library's database takes them as arguments). */
    private final class Database extends H2Database {

        Database(String name) {
            super(name, getMvStore(), getCursorRegistry());
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(
                String collectionName, String indexName, List<IndexKey> indexKeys, boolean sparse) {
            // the library's name for an index map (H2Database.mapNameForIndex)
            getMvStore()
                    .openMap(
                            getFullCollectionNamespace(collectionName) + "._index_" + indexName,
                            new MVMap.Builder<KeyValue, Object>().keyType(KEYS));
            return super.openOrCreateUniqueIndex(collectionName, indexName, indexKeys, sparse);
        }
    }
}
