package io.peerlend.platform.readside;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * A business figure operations watch (applications by status, loans by arrears bucket, open AML cases), counted from a
 * read model by one of its fields and published as a gauge per value ({@code metric{tag=value}}). Counted when
 * {@link #refresh()} is called (every 30 s by the service), never on a scrape, so a busy Prometheus costs the read side
 * nothing. Every instance of a service counts the same shared read model: take the {@code max} across instances. The
 * filter is asked for on every count, so it may depend on the day ("due within a week").
 */
public final class ReadModelCounts {

    private final MongoTemplate mongo;
    private final String collection;
    private final String field;
    private final String tag;
    private final Supplier<Criteria> filter;
    private final MultiGauge gauge;

    public ReadModelCounts(
            MeterRegistry meters,
            MongoTemplate mongo,
            String metric,
            String description,
            String collection,
            String field,
            String tag,
            Supplier<Criteria> filter) {
        this.mongo = mongo;
        this.collection = collection;
        this.field = field;
        this.tag = tag;
        this.filter = filter;
        this.gauge = MultiGauge.builder(metric).description(description).register(meters);
    }

    /** Every document that has the field, counted by its value, the tag named as the field. */
    public static ReadModelCounts byField(
            MeterRegistry meters,
            MongoTemplate mongo,
            String metric,
            String description,
            String collection,
            String field) {
        return new ReadModelCounts(
                meters,
                mongo,
                metric,
                description,
                collection,
                field,
                field,
                () -> Criteria.where(field).exists(true));
    }

    /** Counts again; a value no document has any more leaves the gauge. */
    public void refresh() {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        for (Document counted : mongo.aggregate(
                        Aggregation.newAggregation(
                                Aggregation.match(filter.get()),
                                Aggregation.group(field).count().as("n")),
                        collection,
                        Document.class)
                .getMappedResults()) {
            Object value = counted.get("_id");
            Number n = (Number) counted.get("n");
            rows.add(MultiGauge.Row.of(Tags.of(tag, value == null ? "none" : value.toString()), n.longValue()));
        }
        gauge.register(rows, true);
    }
}
