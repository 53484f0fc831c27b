package io.peerlend.disclosure.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The rows of each month's public data files ({@code MonthlyData}): one document per row that changed in the month
 * (bounded, whatever the book's size), and each id's last two published rows, so a month is compared with the month
 * before it even when its close runs again after a failed batch. Written only by the month's close, in the loan book's
 * processing group; dropped with the book on a reset and written again, month by month, by the replay.
 */
@Component
public class MonthlyDataStore {

    static final String ROWS = "disclosure_month_data";
    static final String LATEST = "disclosure_month_data_latest";
    private static final int READ_BATCH = 5_000;

    record Row(@Id String id, String file, String period, List<String> values) {}

    /** An id's last published row ({@code period}) and the one before it ({@code priorPeriod}, null: none). */
    record Latest(
            @Id String id,
            String file,
            String period,
            List<String> values,
            String priorPeriod,
            List<String> priorValues) {}

    private final MongoTemplate mongo;

    MonthlyDataStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Records a month's rows of one file (each with its id first) and returns those that changed since the month
     * before, in the order of their ids: the month's file.
     */
    List<List<String>> close(String file, String period, List<List<String>> rows) {
        Map<String, Latest> latest = new HashMap<>();
        try (Stream<Latest> stored = mongo.stream(
                Query.query(Criteria.where("file").is(file)).cursorBatchSize(READ_BATCH), Latest.class, LATEST)) {
            stored.forEach(l -> latest.put(l.id(), l));
        }
        List<List<String>> changed = new ArrayList<>();
        List<Latest> moved = new ArrayList<>();
        for (List<String> row : rows.stream()
                .sorted(Comparator.comparing((List<String> r) -> r.get(0)))
                .toList()) {
            String key = file + ":" + row.get(0);
            Latest last = latest.get(key);
            boolean closedBefore = last != null && last.period().equals(period);
            List<String> before = last == null ? null : closedBefore ? last.priorValues() : last.values();
            if (row.equals(before)) {
                continue;
            }
            changed.add(row);
            moved.add(
                    closedBefore
                            ? new Latest(key, file, period, row, last.priorPeriod(), last.priorValues())
                            : new Latest(
                                    key,
                                    file,
                                    period,
                                    row,
                                    last == null ? null : last.period(),
                                    last == null ? null : last.values()));
        }
        if (!changed.isEmpty()) {
            BulkOperations writes = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Row.class, ROWS);
            changed.forEach(r -> {
                String id = file + ":" + period + ":" + r.get(0);
                writes.replaceOne(
                        Query.query(Criteria.where("_id").is(id)),
                        new Row(id, file, period, r),
                        FindAndReplaceOptions.options().upsert());
            });
            writes.execute();
            BulkOperations last = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Latest.class, LATEST);
            moved.forEach(l -> last.replaceOne(
                    Query.query(Criteria.where("_id").is(l.id())),
                    l,
                    FindAndReplaceOptions.options().upsert()));
            last.execute();
        }
        return changed;
    }

    /** A month's rows of one file in the order of their ids, one at a time (for the download). */
    public Stream<List<String>> rows(String file, String period) {
        return mongo.stream(
                        Query.query(Criteria.where("file")
                                        .is(file)
                                        .and("period")
                                        .is(period))
                                .with(Sort.by("_id"))
                                .cursorBatchSize(READ_BATCH),
                        Row.class,
                        ROWS)
                .map(Row::values);
    }

    void reset() {
        mongo.dropCollection(ROWS);
        mongo.dropCollection(LATEST);
    }
}
