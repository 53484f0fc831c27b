package io.peerlend.lending.loans;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.peerlend.lending.loans.CloseOfBusiness.Run;
import io.peerlend.lending.loans.CloseOfBusiness.Status;
import java.time.Duration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Close of business as operations and the alert rules see it (docs/operations.md), read from the job's record of
 * days ({@code cob_runs}) on each scrape, so every instance reports the same: {@code peerlend.cob.days.waiting} (days
 * recorded but not closed yet), {@code peerlend.cob.day.progress} (the share of the running day's loans closed, 0 when
 * none runs), {@code peerlend.cob.last.finished} (when the last day finished, seconds since the epoch; 0 before
 * the first) and {@code peerlend.cob.last.duration} (how long that day's close took).
 */
@Component
class CloseOfBusinessMetrics {

    CloseOfBusinessMetrics(MongoTemplate mongo, MeterRegistry meters) {
        Gauge.builder(
                        "peerlend.cob.days.waiting",
                        mongo,
                        m -> m.count(
                                Query.query(Criteria.where("status").ne(Status.DONE.name())), CloseOfBusiness.RUNS))
                .description("business days recorded for close of business and not closed yet")
                .baseUnit("days")
                .register(meters);
        Gauge.builder("peerlend.cob.day.progress", mongo, CloseOfBusinessMetrics::progress)
                .description("share of the running day's loans closed")
                .register(meters);
        Gauge.builder("peerlend.cob.last.finished", mongo, CloseOfBusinessMetrics::lastFinished)
                .description("when the last business day's close finished")
                .baseUnit("seconds")
                .register(meters);
        Gauge.builder("peerlend.cob.last.duration", mongo, CloseOfBusinessMetrics::lastDuration)
                .description("how long the last business day's close took, from its start to its finish")
                .baseUnit("seconds")
                .register(meters);
    }

    static double progress(MongoTemplate mongo) {
        Run running = mongo.findOne(
                Query.query(Criteria.where("status").is(Status.RUNNING.name())), Run.class, CloseOfBusiness.RUNS);
        if (running == null || running.loans() == 0) {
            return 0;
        }
        return (double) running.closed() / running.loans();
    }

    static double lastFinished(MongoTemplate mongo) {
        Run last = lastDone(mongo);
        return last == null || last.finishedAt() == null ? 0 : last.finishedAt().getEpochSecond();
    }

    static double lastDuration(MongoTemplate mongo) {
        Run last = lastDone(mongo);
        if (last == null || last.startedAt() == null || last.finishedAt() == null) {
            return 0;
        }
        return Duration.between(last.startedAt(), last.finishedAt()).toMillis() / 1000.0;
    }

    private static Run lastDone(MongoTemplate mongo) {
        return mongo.findOne(
                Query.query(Criteria.where("status").is(Status.DONE.name()))
                        .with(Sort.by(Sort.Direction.DESC, "finishedAt"))
                        .limit(1),
                Run.class,
                CloseOfBusiness.RUNS);
    }
}
