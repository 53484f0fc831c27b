package io.peerlend.lending.accounts;

import io.peerlend.lending.accounts.LenderAccountReadModel.Line;
import io.peerlend.platform.readside.BatchedSaves;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A lender's statement, one document per line ({@code lenderId#n}, numbered from 1), so the account's own document
 * stays small however many movements a lender makes (an auto-investing lender makes hundreds of thousands; one document
 * holding them would pass MongoDB's 16 MB limit, and each movement rewrote all of it). Lines are read by id, in
 * pages, on any MongoDB.
 */
final class StatementLines {

    static final String COLLECTION = "lender_statement_lines";
    /** Lines fetched per query when a whole statement is read. */
    private static final int READ_PAGE = 1_000;

    @Document(COLLECTION)
    record Stored(
            @Id String id,
            String lenderId,
            long n,
            Instant at,
            String type,
            String reference,
            long amountMinor,
            long balanceMinor,
            Integer rateBps) {

        Line line() {
            return new Line(at, type, reference, amountMinor, balanceMinor, rateBps);
        }
    }

    private final MongoTemplate mongo;

    StatementLines(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Writes lines {@code first}, {@code first + 1}, … of the lender's statement, with the rest of the processor's
     * batch. Written again with the same numbers (the account's document was not saved after them), they replace
     * themselves: nothing is listed twice.
     */
    void write(BatchedSaves batch, String lenderId, long first, List<Line> lines) {
        long n = first;
        for (Line l : lines) {
            batch.save(
                    new Stored(
                            id(lenderId, n),
                            lenderId,
                            n,
                            l.at(),
                            l.type(),
                            l.reference(),
                            l.amountMinor(),
                            l.balanceMinor(),
                            l.rateBps()),
                    COLLECTION);
            n++;
        }
    }

    /** Lines {@code from} to {@code to} (both included), in order: one query, for a page. */
    List<Line> read(String lenderId, long from, long to) {
        List<String> ids = new ArrayList<>();
        for (long n = from; n <= to; n++) {
            ids.add(id(lenderId, n));
        }
        List<Stored> page = mongo.find(Query.query(Criteria.where("_id").in(ids)), Stored.class, COLLECTION);
        page.sort(Comparator.comparingLong(Stored::n));
        return page.stream().map(Stored::line).toList();
    }

    /** Lines 1 to {@code count}, in order. */
    List<Line> read(String lenderId, long count) {
        List<Line> lines = new ArrayList<>();
        for (long from = 1; from <= count; from += READ_PAGE) {
            List<String> ids = new ArrayList<>();
            for (long n = from; n < Math.min(count + 1, from + READ_PAGE); n++) {
                ids.add(id(lenderId, n));
            }
            List<Stored> page = mongo.find(Query.query(Criteria.where("_id").in(ids)), Stored.class, COLLECTION);
            page.sort(Comparator.comparingLong(Stored::n));
            page.forEach(s -> lines.add(s.line()));
        }
        return lines;
    }

    void drop() {
        mongo.dropCollection(COLLECTION);
    }

    private static String id(String lenderId, long n) {
        return lenderId + "#" + n;
    }
}
