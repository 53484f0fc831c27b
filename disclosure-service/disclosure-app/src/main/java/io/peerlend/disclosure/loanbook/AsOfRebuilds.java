package io.peerlend.disclosure.loanbook;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.model.Filters;
import io.peerlend.disclosure.loanbook.domain.BookRebuild;
import io.peerlend.platform.jobs.ClusterJob;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A regulator's question about a past business date is a job: the loan book as of that date rebuilt from every event
 * up to it ({@link BookRebuild}), then each {@link AsOfProduct} worked out from it and kept, so the same question is
 * answered at once afterwards. A question waits a few seconds for its answer; past that it is told where to look
 * ({@link RebuildPending}). One rebuild runs at a time in the cluster, under the lock {@code disclosure-as-of}
 * (ShedLock on the event store's PostgreSQL, kept alive while it works, lapsing 30 s after its holder dies); it records
 * its progress and, every {@code checkpoint-events} events, its whole state (gzipped JSON in GridFS), so whichever
 * instance takes the lock next carries on from the last checkpoint instead of the first event.
 */
@Component
public class AsOfRebuilds {

    static final String JOBS = "disclosure_asof_jobs";
    static final String CHECKPOINTS = "disclosure_asof_checkpoints";
    private static final String LOCK = "disclosure-as-of";
    private static final Logger log = LoggerFactory.getLogger(AsOfRebuilds.class);

    public enum Status {
        PENDING,
        RUNNING,
        DONE
    }

    /**
     * One date's rebuild: where it stands ({@code eventsRead}, the event store {@code position} of its last checkpoint),
     * and once done its products as JSON by name; {@code closed} false when the date was not yet behind the business
     * date (the answer then holds only for that moment, and is not kept).
     */
    public record Job(
            @Id String id,
            Status status,
            long eventsRead,
            Long position,
            boolean closed,
            Instant requestedAt,
            Instant startedAt,
            Instant finishedAt,
            Map<String, String> products) {}

    private final MongoTemplate mongo;
    private final EventStore store;
    private final List<AsOfProduct> products;
    private final Clock clock = Clock.systemUTC();
    private final long checkpointEvents;
    private final JsonMapper json = JsonMapper.builder().build();
    private final ClusterJob worker;

    AsOfRebuilds(
            MongoTemplate mongo,
            EventStore store,
            LockingTaskExecutor locks,
            List<AsOfProduct> products,
            @Value("${peerlend.disclosure.as-of.checkpoint-events:200000}") long checkpointEvents) {
        this.mongo = mongo;
        this.store = store;
        this.products = products;
        this.checkpointEvents = checkpointEvents;
        this.worker = new ClusterJob(LOCK, locks, clock, this::rebuildEveryOpenJob);
    }

    /**
     * The named product for the book as of {@code date}, once rebuilt: asked for now, waited for up to {@code wait}.
     *
     * @throws RebuildPending when it is not ready within the wait (the rebuild goes on; ask again)
     */
    public <T> T answer(LocalDate date, String product, Class<T> type, Duration wait) {
        String id = date.toString();
        request(id);
        Instant deadline = clock.instant().plus(wait);
        while (true) {
            Job job = mongo.findById(id, Job.class, JOBS);
            if (job != null && job.status() == Status.DONE) {
                String answer = job.products() == null ? null : job.products().get(product);
                if (answer == null || !job.closed()) {
                    // a product added since, or a date not yet behind the business date: rebuilt on the next question
                    mongo.remove(Query.query(Criteria.where("_id").is(id)), JOBS);
                }
                if (answer != null) {
                    return json.readValue(answer, type);
                }
                request(id);
            }
            if (!clock.instant().isBefore(deadline)) {
                throw new RebuildPending(job(date).orElse(job));
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RebuildPending(job);
            }
        }
    }

    /** Records the question (once: a question asked again joins the rebuild under way) and wakes the worker. */
    private void request(String id) {
        mongo.upsert(
                Query.query(Criteria.where("_id").is(id)),
                new Update()
                        .setOnInsert("status", Status.PENDING.name())
                        .setOnInsert("eventsRead", 0L)
                        .setOnInsert("closed", false)
                        .setOnInsert("requestedAt", clock.instant()),
                JOBS);
        resume();
    }

    /** Where the rebuild for {@code date} stands, if one was asked for. */
    public Optional<Job> job(LocalDate date) {
        return Optional.ofNullable(mongo.findById(date.toString(), Job.class, JOBS));
    }

    /**
     * Starts the worker unless it is already waiting to run: on a question, and every few seconds (so a rebuild left
     * by an instance that died is carried on by whichever instance gets the lock).
     */
    @Scheduled(fixedDelayString = "${peerlend.disclosure.as-of.poll:PT2S}", initialDelayString = "PT5S")
    public void resume() {
        worker.wake();
    }

    private void rebuildEveryOpenJob() {
        for (Job next = oldestOpen(); next != null; next = oldestOpen()) {
            rebuild(next);
        }
    }

    private Job oldestOpen() {
        return mongo.findOne(
                Query.query(Criteria.where("status").ne(Status.DONE.name()))
                        .with(Sort.by("requestedAt").ascending())
                        .limit(1),
                Job.class,
                JOBS);
    }

    /** Rebuilds one date's book from its last checkpoint (or the first event), then works out every product. */
    void rebuild(Job job) {
        LocalDate date = LocalDate.parse(job.id());
        Query byId = Query.query(Criteria.where("_id").is(job.id()));
        BookRebuild rebuild = null;
        TrackingToken from = null;
        if (job.position() != null) {
            rebuild = checkpoint(job.id()).map(BookRebuild::new).orElse(null);
            from = GapAwareTrackingToken.newInstance(job.position(), Collections.emptySortedSet());
        }
        if (rebuild == null) {
            rebuild = new BookRebuild(date);
            from = null;
        }
        mongo.updateFirst(
                byId, new Update().set("status", Status.RUNNING.name()).set("startedAt", clock.instant()), JOBS);
        long sinceCheckpoint = 0;
        try (var events = store.openStream(from)) {
            while (events.hasNextAvailable()) {
                TrackedEventMessage<?> m = events.nextAvailable();
                long version = m instanceof DomainEventMessage<?> d ? d.getSequenceNumber() : 0;
                if (!rebuild.read(m.getPayload(), version)) {
                    break;
                }
                if (++sinceCheckpoint == checkpointEvents) {
                    sinceCheckpoint = 0;
                    saveCheckpoint(job.id(), rebuild.state());
                    mongo.updateFirst(
                            byId,
                            new Update()
                                    .set("eventsRead", rebuild.eventsRead())
                                    .set(
                                            "position",
                                            m.trackingToken().position().orElseThrow()),
                            JOBS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the rebuild as of " + date + " was interrupted; it carries on later", e);
        }
        BookRebuild.Book book = rebuild.book();
        Map<String, String> answers = new HashMap<>();
        for (AsOfProduct product : products) {
            answers.put(product.name(), json.writeValueAsString(product.of(book)));
        }
        mongo.updateFirst(
                byId,
                new Update()
                        .set("status", Status.DONE.name())
                        .set("eventsRead", rebuild.eventsRead())
                        .set("closed", rebuild.closed())
                        .set("finishedAt", clock.instant())
                        .set("products", answers),
                JOBS);
        bucket().find(Filters.eq("filename", job.id())).forEach(f -> bucket().delete(f.getObjectId()));
        log.info("rebuilt the loan book as of {} from {} events", date, rebuild.eventsRead());
    }

    private GridFSBucket bucket() {
        return GridFSBuckets.create(mongo.getDb(), CHECKPOINTS);
    }

    /** The whole state, gzipped JSON, replacing the one before. */
    void saveCheckpoint(String id, BookRebuild.State state) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            json.writeValue(gzip, state);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<GridFSFile> older = new ArrayList<>();
        bucket().find(Filters.eq("filename", id)).forEach(older::add);
        bucket().uploadFromStream(id, new ByteArrayInputStream(bytes.toByteArray()));
        older.forEach(f -> bucket().delete(f.getObjectId()));
    }

    private Optional<BookRebuild.State> checkpoint(String id) {
        GridFSFile latest = bucket().find(Filters.eq("filename", id))
                .sort(new Document("uploadDate", -1))
                .first();
        if (latest == null) {
            return Optional.empty();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bucket().downloadToStream(latest.getObjectId(), bytes);
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return Optional.of(json.readValue(gzip, BookRebuild.State.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
