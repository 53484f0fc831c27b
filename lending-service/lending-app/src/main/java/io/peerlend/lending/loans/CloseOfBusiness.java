package io.peerlend.lending.loans;

import io.peerlend.calendar.api.BusinessDateAdvanced;
import io.peerlend.lending.api.commands.CloseLoanDay;
import io.peerlend.platform.jobs.ClusterJob;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The close-of-business job: when the business date moves on, every business day it passed is closed in order, and
 * on each every active loan closes the day (collections due, late fees, arrears, default). The date moving on only
 * records the days to close ({@code cob_runs}, one document a day, {@code PENDING}); a background worker closes them
 * oldest first, holding the cluster-wide lock {@code close-of-business} (ShedLock on PostgreSQL, kept alive while it
 * works), so one instance runs it at a time and the next takes over if it dies. Every loan's step is idempotent (a
 * collection is requested once per date, a late fee once per instalment), so a day interrupted by {@code kill -9}
 * is simply closed again from its start when the job resumes: nothing is requested twice. Progress per day is
 * readable ({@code loans}, {@code closed}, {@code status}). Never repeated on a replay.
 */
@Component
@ProcessingGroup(CloseOfBusiness.GROUP)
public class CloseOfBusiness {

    static final String GROUP = "lending-close-of-business";
    static final String RUNS = "cob_runs";
    private static final String LOCK = "close-of-business";

    public enum Status {
        PENDING,
        RUNNING,
        DONE
    }

    @Document(RUNS)
    public record Run(@Id String date, long loans, long closed, Instant startedAt, Instant finishedAt, Status status) {}

    private final CommandGateway commands;
    private final LoanReadModel loans;
    private final MongoTemplate mongo;
    private final Clock clock;
    private final int threads;
    private final ClusterJob worker;

    CloseOfBusiness(
            CommandGateway commands,
            LoanReadModel loans,
            MongoTemplate mongo,
            Clock clock,
            LockingTaskExecutor locks,
            @Value("${peerlend.lending.cob.threads:4}") int threads) {
        this.commands = commands;
        this.loans = loans;
        this.mongo = mongo;
        this.clock = clock;
        this.threads = threads;
        this.worker = new ClusterJob(LOCK, locks, clock, this::closeEveryPendingDay);
    }

    /** Every business day the date passed is to be closed: the first one after the old date up to the new one. */
    @EventHandler
    @DisallowReplay
    void on(BusinessDateAdvanced advanced) {
        LocalDate day =
                advanced.from() == null ? advanced.to() : advanced.from().plusDays(1);
        for (; !day.isAfter(advanced.to()); day = day.plusDays(1)) {
            // a day already recorded (a redelivered event) keeps its state
            mongo.upsert(
                    Query.query(Criteria.where("_id").is(day.toString())),
                    new Update()
                            .setOnInsert("loans", 0L)
                            .setOnInsert("closed", 0L)
                            .setOnInsert("status", Status.PENDING.name()),
                    RUNS);
        }
        resume();
    }

    /** Closes the day again (operations staff): recorded as pending and closed in the background. */
    public Run request(LocalDate date) {
        mongo.upsert(
                Query.query(Criteria.where("_id").is(date.toString())),
                Update.update("status", Status.PENDING.name()),
                RUNS);
        resume();
        return mongo.findById(date.toString(), Run.class, RUNS);
    }

    /**
     * Starts the worker unless it is already waiting to run: after the date moves, on a request, and every few
     * seconds (so days left by an instance that died are picked up by whichever instance gets the lock).
     */
    @Scheduled(fixedDelayString = "${peerlend.lending.cob.poll:PT2S}", initialDelayString = "PT5S")
    public void resume() {
        worker.wake();
    }

    private void closeEveryPendingDay() {
        for (Run next = oldestOpen(); next != null; next = oldestOpen()) {
            close(LocalDate.parse(next.date()));
        }
    }

    private Run oldestOpen() {
        Query open = Query.query(Criteria.where("status").ne(Status.DONE.name()))
                .with(Sort.by("_id").ascending())
                .limit(1);
        return mongo.findOne(open, Run.class, RUNS);
    }

    /** Closes the day for every active loan, a few at a time, recording progress. */
    private void close(LocalDate date) {
        List<String> active = loans.idsWithStatus("ACTIVE");
        String id = date.toString();
        Query run = Query.query(Criteria.where("_id").is(id));
        mongo.updateFirst(
                run,
                new Update()
                        .set("loans", (long) active.size())
                        .set("closed", 0L)
                        .set("startedAt", clock.instant())
                        .set("status", Status.RUNNING.name()),
                RUNS);
        AtomicLong closed = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> steps = new ArrayList<>(active.size());
            for (String loanId : active) {
                steps.add(pool.submit(() -> {
                    commands.sendAndWait(new CloseLoanDay(loanId, date));
                    if (closed.incrementAndGet() % 100 == 0) {
                        mongo.updateFirst(run, Update.update("closed", closed.get()), RUNS);
                    }
                }));
            }
            for (Future<?> step : steps) {
                step.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("close of business interrupted on " + date, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "close of business failed on " + date + "; it will be retried", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        mongo.updateFirst(
                run,
                new Update()
                        .set("closed", closed.get())
                        .set("finishedAt", clock.instant())
                        .set("status", Status.DONE.name()),
                RUNS);
    }

    public List<Run> recent() {
        Query query = new Query().with(Sort.by("_id").descending()).limit(30);
        return mongo.find(query, Run.class, RUNS);
    }
}
