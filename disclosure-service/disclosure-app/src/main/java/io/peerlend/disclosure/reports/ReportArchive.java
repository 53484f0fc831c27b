package io.peerlend.disclosure.reports;

import io.peerlend.disclosure.reports.domain.ReportSeal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Published reports, immutable: inserted once, never updated or deleted (not even by a projection reset — a replay
 * recomputes each report and checks it against what was published). Small: one document per report.
 */
@Component
public class ReportArchive {

    static final String COLLECTION = "disclosure_reports";
    static final String MISMATCHES = "disclosure_replay_mismatches";

    /** The report's exact bytes are kept as the UTF-8 JSON text they are. */
    record Published(
            @Id String id,
            String series,
            String period,
            String json,
            String sha256,
            String previousHash,
            String signature) {
        ReportSeal.Sealed sealed() {
            return new ReportSeal.Sealed(id, json.getBytes(StandardCharsets.UTF_8), sha256, previousHash, signature);
        }
    }

    /** A replay computed different bytes for a published report: kept for ops and regulators to look into. */
    record Mismatch(
            @Id String id, String reportId, String publishedSha256, String replayedSha256, String replayedJson) {}

    private final MongoTemplate mongo;

    ReportArchive(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    static String id(String series, String period) {
        return series + ":" + period;
    }

    void publish(String series, String period, ReportSeal.Sealed sealed) {
        mongo.insert(
                new Published(
                        sealed.id(),
                        series,
                        period,
                        new String(sealed.bytes(), StandardCharsets.UTF_8),
                        sealed.sha256(),
                        sealed.previousHash(),
                        sealed.signature()),
                COLLECTION);
    }

    void mismatch(ReportSeal.Sealed published, ReportSeal.Sealed replayed) {
        mongo.save(
                new Mismatch(
                        published.id() + ":" + replayed.sha256(),
                        published.id(),
                        published.sha256(),
                        replayed.sha256(),
                        new String(replayed.bytes(), StandardCharsets.UTF_8)),
                MISMATCHES);
    }

    public Optional<ReportSeal.Sealed> find(String series, String period) {
        return Optional.ofNullable(mongo.findById(id(series, period), Published.class, COLLECTION))
                .map(Published::sealed);
    }

    /** The series in order of period, oldest first. */
    public List<ReportSeal.Sealed> series(String series) {
        return mongo
                .find(
                        Query.query(Criteria.where("series").is(series)).with(Sort.by("period")),
                        Published.class,
                        COLLECTION)
                .stream()
                .map(Published::sealed)
                .toList();
    }

    /** The latest report of the series published for a period before {@code period}, if any. */
    Optional<ReportSeal.Sealed> before(String series, String period) {
        return Optional.ofNullable(mongo.findOne(
                        Query.query(Criteria.where("series")
                                        .is(series)
                                        .and("period")
                                        .lt(period))
                                .with(Sort.by(Sort.Direction.DESC, "period"))
                                .limit(1),
                        Published.class,
                        COLLECTION))
                .map(Published::sealed);
    }

    public long mismatches() {
        return mongo.getCollection(MISMATCHES).countDocuments();
    }
}
