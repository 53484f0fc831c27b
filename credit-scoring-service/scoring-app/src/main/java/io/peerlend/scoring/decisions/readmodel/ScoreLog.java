package io.peerlend.scoring.decisions.readmodel;

import io.peerlend.scoring.api.Affordability;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Every score, for audit and monitoring: model version, a keyed hash of the input (equal requests are recognised; a
 * guessed name, birth date and postcode are not) and the result. The applicant's raw answers are not kept, only the
 * scorecard bins they fell into (enough for population stability monitoring). Staff what-if scores are logged with
 * their purpose and kept out of monitoring.
 */
@Component
public class ScoreLog {

    static final String COLLECTION = "score_log";
    private final MongoTemplate mongo;

    ScoreLog(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void record(Entry entry) {
        mongo.insert(entry, COLLECTION);
    }

    /**
     * Erasure: the entries of these applications lose what links them to a borrower (the application id and the input
     * hash); grade, bins and reasons stay, anonymous, for monitoring.
     */
    public long unlink(List<String> applicationIds) {
        if (applicationIds.isEmpty()) {
            return 0;
        }
        return mongo.updateMulti(
                        Query.query(Criteria.where("applicationId").in(applicationIds)),
                        new Update().unset("applicationId").unset("inputHash"),
                        COLLECTION)
                .getModifiedCount();
    }

    public List<Entry> forApplication(String applicationId) {
        return mongo.find(Query.query(Criteria.where("applicationId").is(applicationId)), Entry.class, COLLECTION);
    }

    /** Why a score was made: for a loan application (monitored) or a member of staff's what-if (not monitored). */
    public enum Kind {
        APPLICATION,
        STAFF_WHAT_IF
    }

    /** @param kind null on entries logged before kinds were recorded: all of those were applications' scores */
    @Document(COLLECTION)
    public record Entry(
            @Id String id,
            String applicationId,
            String modelVersion,
            String inputHash,
            String grade,
            BigDecimal pd,
            int score,
            List<String> reasons,
            Affordability affordability,
            Map<String, String> bins,
            String requestedBy,
            Instant scoredAt,
            Kind kind,
            String purpose) {}
}
