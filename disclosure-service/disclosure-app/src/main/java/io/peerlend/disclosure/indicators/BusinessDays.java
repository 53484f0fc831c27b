package io.peerlend.disclosure.indicators;

import io.peerlend.platform.axon.BatchWrites;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.bson.Document;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * What the indicators need from each business day: lenders' cash movements and the grades of applications scored,
 * each under its event's or application's key (so a redelivered event changes nothing), and the lenders' cash balance
 * carried from one day's close to the next. A day's close reads a few documents by id, never a whole collection: the
 * cost of a day does not grow with the platform's history.
 *
 * <p>A day is spread over {@link #SHARDS} documents ({@code day#0} …), each key in the one its hash picks: one
 * document per day held every movement of the day, so each movement rewrote a document growing all day (on the
 * development server the busiest work of a lending load, as the movements before the first business date all went
 * to one document that never closed), and a busy enough day would pass MongoDB's 16 MB limit. A day stored in one
 * document by the earlier form ({@code _id} the day) is read with its shards.
 *
 * <p>Within an event processor's batch (the loan book's, up to 100 events) a day's keys are gathered and written as
 * the batch commits (before its token is stored: {@link BatchWrites}), in one update of one of the day's documents
 * (the one the batch's first key of that day picks): one round trip a batch instead of one per movement, each a
 * rewrite of its document on the development server. A
 * key may so lie in another document than when it was first written (a failed batch handled again, split
 * differently); the day's documents are merged by key, so it still counts once. A read within the batch writes out
 * what is pending first, so a day closed in the batch of its last movements counts them.
 */
@Component
class BusinessDays {

    static final String DAYS = "disclosure_days";
    static final String BALANCE = "disclosure_cash_balance";
    /** Where movements go before the platform's first business date is known; counted at the first close. */
    static final String OPENING = "opening";
    /**
     * Documents per day: a million movements in a day make about 250 KB each. Each movement rewrites its document
     * whole, so the cost of a movement grows with the day: with 32 documents a day of 30,000 parts' movements took an
     * update from 2.3 to 5.1 ms on the development server (docs/benchmarks.md). A key stored under an earlier count
     * lies in another document than a repeat of it now; the day's documents are merged by key, so it still counts once.
     */
    static final int SHARDS = 256;

    /** One day's movements; amounts in minor units, grades as {@code grade@modelVersion}. */
    record Day(@Id String id, Map<String, Long> cash, Map<String, Long> withdrawals, Map<String, String> grades) {}

    record Balance(@Id String id, LocalDate closedThrough, long balanceMinor) {}

    /** A batch's fields to set in one document of a day. */
    private record Pending(String documentId, Document fields) {}

    private final MongoTemplate mongo;
    // one set of pending writes per instance and batch
    private final String pendingKey = BusinessDays.class.getName() + "@" + UUID.randomUUID();

    BusinessDays(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void cash(LocalDate day, String eventId, long amountMinor, boolean withdrawalRequest) {
        Document fields = new Document("cash." + key(eventId), amountMinor);
        if (withdrawalRequest) {
            fields.append("withdrawals." + key(eventId), -amountMinor);
        }
        store(day, eventId, fields);
    }

    void scored(LocalDate day, String applicationId, String grade, String modelVersion) {
        store(day, applicationId, new Document("grades." + key(applicationId), grade + "@" + modelVersion));
    }

    private void store(LocalDate day, String key, Document fields) {
        if (!CurrentUnitOfWork.isStarted()) {
            mongo.upsert(Query.query(Criteria.where("_id").is(documentId(day, key))), set(fields), DAYS);
            return;
        }
        BatchWrites.<Map<String, Pending>>gathered(pendingKey, LinkedHashMap::new, this::write)
                .computeIfAbsent(dayId(day), d -> new Pending(documentId(day, key), new Document()))
                .fields()
                .putAll(fields);
    }

    /** Writes out the current batch's pending keys (before a read, and as the batch commits). */
    private void flush() {
        if (CurrentUnitOfWork.isStarted()) {
            Map<String, Pending> pending = CurrentUnitOfWork.get().root().getResource(pendingKey);
            if (pending != null) {
                write(pending);
            }
        }
    }

    private void write(Map<String, Pending> pending) {
        if (pending.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, DAYS);
        pending.values()
                .forEach(p -> bulk.upsert(Query.query(Criteria.where("_id").is(p.documentId())), set(p.fields())));
        bulk.execute();
        pending.clear();
    }

    private static Update set(Document fields) {
        return Update.fromDocument(new Document("$set", fields));
    }

    /** Lenders' uninvested cash at the end of {@code day} (closing it, once). */
    long closeCash(LocalDate day) {
        Balance balance = mongo.findById("lenders", Balance.class, BALANCE);
        if (balance != null && !balance.closedThrough().isBefore(day)) {
            return balance.balanceMinor(); // this day was closed already (a redelivered date move)
        }
        long after = (balance == null ? sum(find(OPENING)) : balance.balanceMinor()) + sum(find(day.toString()));
        mongo.save(new Balance("lenders", day, after), BALANCE);
        return after;
    }

    /** Withdrawals lenders asked for in the {@code days} days to {@code day}. */
    long withdrawals(LocalDate day, int days) {
        long total = 0;
        for (int i = 0; i < days; i++) {
            Day d = find(day.minusDays(i).toString());
            total += d == null || d.withdrawals() == null
                    ? 0
                    : d.withdrawals().values().stream()
                            .mapToLong(Long::longValue)
                            .sum();
        }
        return total;
    }

    /** Applications scored in the {@code days} days to {@code day}: per model version, the count per grade. */
    Map<String, Map<String, Long>> gradesByVersion(LocalDate day, int days) {
        Map<String, Map<String, Long>> byVersion = new HashMap<>();
        for (int i = 0; i < days; i++) {
            Day d = find(day.minusDays(i).toString());
            if (d == null || d.grades() == null) {
                continue;
            }
            for (String scored : d.grades().values()) {
                int at = scored.lastIndexOf('@');
                byVersion
                        .computeIfAbsent(scored.substring(at + 1), v -> new HashMap<>())
                        .merge(scored.substring(0, at), 1L, Long::sum);
            }
        }
        return byVersion;
    }

    void reset() {
        mongo.dropCollection(DAYS);
        mongo.dropCollection(BALANCE);
    }

    /** The day's shards (and its document of the earlier form), merged by key: null when nothing was stored. */
    private Day find(String day) {
        flush();
        List<String> ids = new ArrayList<>(SHARDS + 1);
        ids.add(day);
        for (int shard = 0; shard < SHARDS; shard++) {
            ids.add(day + "#" + shard);
        }
        List<Day> parts = mongo.find(Query.query(Criteria.where("_id").in(ids)), Day.class, DAYS);
        if (parts.isEmpty()) {
            return null;
        }
        Map<String, Long> cash = new HashMap<>();
        Map<String, Long> withdrawals = new HashMap<>();
        Map<String, String> grades = new HashMap<>();
        for (Day part : parts) {
            putAll(cash, part.cash());
            putAll(withdrawals, part.withdrawals());
            putAll(grades, part.grades());
        }
        return new Day(day, cash, withdrawals, grades);
    }

    private static <V> void putAll(Map<String, V> into, Map<String, V> from) {
        if (from != null) {
            into.putAll(from);
        }
    }

    /** The document of the day that {@code key} picks. */
    private static String documentId(LocalDate day, String key) {
        return dayId(day) + "#" + Math.floorMod(key.hashCode(), SHARDS);
    }

    private static String dayId(LocalDate day) {
        return day == null ? OPENING : day.toString();
    }

    private static long sum(Day d) {
        return d == null || d.cash() == null
                ? 0
                : d.cash().values().stream().mapToLong(Long::longValue).sum();
    }

    /** A field name MongoDB accepts ('.' and '$' have meanings in paths). */
    private static String key(String id) {
        return id.replace('.', '_').replace('$', '_');
    }
}
