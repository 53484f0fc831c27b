package io.peerlend.lending.loans;

import io.peerlend.lending.api.BusinessDateAdvanced;
import io.peerlend.lending.api.CloseLoanDay;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The close-of-business job: when the business date moves on, every active loan closes the day (collections due,
 * late fees, arrears, default). Each loan's step is idempotent, so the job is restartable: a failure is retried by
 * the processor, and loans already closed change nothing. Progress is kept per date ({@code cob_runs}). Never
 * repeated on a replay.
 */
@Component
@ProcessingGroup(CloseOfBusiness.GROUP)
public class CloseOfBusiness {

    static final String GROUP = "lending-close-of-business";
    static final String RUNS = "cob_runs";

    @Document(RUNS)
    public record Run(@Id String date, long loans, long closed, Instant startedAt, Instant finishedAt) {
    }

    private final CommandGateway commands;
    private final LoanReadModel loans;
    private final MongoTemplate mongo;
    private final Clock clock;
    private final int threads;

    CloseOfBusiness(CommandGateway commands, LoanReadModel loans, MongoTemplate mongo, Clock clock,
                    @Value("${peerlend.lending.cob.threads:4}") int threads) {
        this.commands = commands;
        this.loans = loans;
        this.mongo = mongo;
        this.clock = clock;
        this.threads = threads;
    }

    @EventHandler
    @DisallowReplay
    void on(BusinessDateAdvanced advanced) {
        run(advanced.to());
    }

    /** Closes the day for every active loan, a few at a time; returns the finished run. */
    public synchronized Run run(LocalDate date) {
        List<String> active = loans.idsWithStatus("ACTIVE");
        String id = date.toString();
        mongo.save(new Run(id, active.size(), 0, clock.instant(), null), RUNS);
        AtomicLong closed = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> steps = new ArrayList<>(active.size());
            for (String loanId : active) {
                steps.add(pool.submit(() -> {
                    commands.sendAndWait(new CloseLoanDay(loanId, date));
                    if (closed.incrementAndGet() % 500 == 0) {
                        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                                Update.update("closed", closed.get()), RUNS);
                    }
                }));
            }
            for (Future<?> step : steps) {
                step.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("close of business interrupted on " + date, e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("close of business failed on " + date + "; it will be retried",
                    e.getCause());
        } finally {
            pool.shutdownNow();
        }
        Run run = new Run(id, active.size(), closed.get(), mongo.findById(id, Run.class, RUNS).startedAt(),
                clock.instant());
        mongo.save(run, RUNS);
        return run;
    }

    public List<Run> recent() {
        Query query = new Query().with(org.springframework.data.domain.Sort.by("_id").descending()).limit(30);
        return mongo.find(query, Run.class, RUNS);
    }
}
