package io.peerlend.platform.readside;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Creates every declared {@link ReadModelIndex} ({@link ReadModelIndexes} beans) once the application's beans exist, before event processors start
 * filling the collections (on a real MongoDB an index built on an empty collection costs nothing; on a full one it is
 * built without blocking the collection, MongoDB 4.2 and later). Spring Data's automatic index creation stays off: it
 * creates indexes lazily and only for mapped entities, and every service here writes some collections as plain
 * documents.
 */
final class ReadModelIndexCreator implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ReadModelIndexCreator.class);

    private final MongoTemplate mongo;
    private final List<ReadModelIndex> declared;

    ReadModelIndexCreator(MongoTemplate mongo, List<ReadModelIndex> declared) {
        this.mongo = mongo;
        this.declared = declared;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (ReadModelIndex index : declared) {
            mongo.indexOps(index.collection()).createIndex(index.definition());
        }
        log.info("{} read-model indexes in place", declared.size());
    }
}
