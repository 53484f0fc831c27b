package io.peerlend.platform.readside;

import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The read-model indexes one service declares (a bean in each service's {@code ReadModelIndexDeclarations}), created
 * at start-up ({@link ReadModelIndexCreator}).
 */
public record ReadModelIndexes(List<ReadModelIndex> all) {

    public ReadModelIndexes {
        all = List.copyOf(all);
    }

    public static ReadModelIndexes of(ReadModelIndex... indexes) {
        return new ReadModelIndexes(List.of(indexes));
    }

    /** Those the read side does not have (a service's tests expect none). */
    public List<ReadModelIndex> missingIn(MongoTemplate mongo) {
        return all.stream().filter(index -> !index.existsIn(mongo)).toList();
    }
}
