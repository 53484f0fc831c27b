package io.peerlend.disclosure.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
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

    private final MongoTemplate mongo;

    BusinessDays(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void cash(LocalDate day, String eventId, long amountMinor, boolean withdrawalRequest) {
        Update update = new Update().set("cash." + key(eventId), amountMinor);
        if (withdrawalRequest) {
            update.set("withdrawals." + key(eventId), -amountMinor);
        }
        mongo.upsert(byId(day, eventId), update, DAYS);
    }

    void scored(LocalDate day, String applicationId, String grade, String modelVersion) {
        mongo.upsert(
                byId(day, applicationId),
                new Update().set("grades." + key(applicationId), grade + "@" + modelVersion),
                DAYS);
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

    /** The shard of the day that holds {@code key}: always the same one for a key, so a repeat overwrites itself. */
    private static Query byId(LocalDate day, String key) {
        String id = (day == null ? OPENING : day.toString()) + "#" + Math.floorMod(key.hashCode(), SHARDS);
        return Query.query(Criteria.where("_id").is(id));
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
