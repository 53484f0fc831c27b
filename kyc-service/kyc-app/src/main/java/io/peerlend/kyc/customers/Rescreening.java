package io.peerlend.kyc.customers;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.peerlend.kyc.api.RecordRescreening;
import io.peerlend.kyc.api.ScreeningFindings;
import io.peerlend.kyc.api.ScreeningHit;
import io.peerlend.kyc.checks.sanctions.Screening;
import io.peerlend.kyc.customers.readmodel.CustomerReadModel;
import io.peerlend.kyc.sanctions.SanctionsScreening;
import io.peerlend.platform.jobs.ClusterJob;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * Re-screening every customer against a new version of the sanctions lists, as a resumable job: one run per lists
 * version ({@code rescreening_runs}), worked through in pages of customers in id order under the cluster-wide lock
 * {@code sanctions-rescreen} (ShedLock on PostgreSQL, kept alive while it works), recording after each page the last
 * customer done. An instance that dies mid-run loses its lock within 30 s and whichever instance takes it next resumes
 * after the last recorded customer; a page cut short is screened again, which is harmless (a customer ignores a
 * lists version it has already been screened against). A run whose lists have been replaced by newer ones before it
 * finished is marked superseded: the newer lists have a run of their own.
 */
@Component
public class Rescreening {

    static final String RUNS = "rescreening_runs";
    private static final String LOCK = "sanctions-rescreen";
    private static final int PAGE = 200;
    private static final Logger log = LoggerFactory.getLogger(Rescreening.class);

    public enum Status {
        PENDING,
        RUNNING,
        DONE,
        SUPERSEDED
    }

    /** One run: the lists version, the customers screened so far and the last one done (null: none yet). */
    @Document(RUNS)
    public record Run(
            @Id String listsVersion,
            Instant announcedAt,
            long screened,
            String after,
            Instant startedAt,
            Instant finishedAt,
            Status status) {}

    private final CustomerReadModel customers;
    private final PersonalData personalData;
    private final SanctionsScreening sanctions;
    private final CommandGateway commands;
    private final MongoTemplate mongo;
    private final Clock clock;
    private final ClusterJob worker;

    Rescreening(
            CustomerReadModel customers,
            PersonalData personalData,
            SanctionsScreening sanctions,
            CommandGateway commands,
            MongoTemplate mongo,
            LockingTaskExecutor locks,
            Clock clock,
            MeterRegistry meters) {
        this.customers = customers;
        this.personalData = personalData;
        this.sanctions = sanctions;
        this.commands = commands;
        this.mongo = mongo;
        this.clock = clock;
        this.worker = new ClusterJob(LOCK, locks, clock, this::workEveryOpenRun);
        Gauge.builder("peerlend.rescreening.oldest.open", this, r -> oldestOpenSeconds(r.mongo, r.clock))
                .description("how long ago the oldest re-screening run not yet done was announced (0: none open);"
                        + " a run takes minutes, so hours mean the job has stalled")
                .baseUnit("seconds")
                .register(meters);
    }

    /** Seconds since the oldest PENDING or RUNNING run was announced; 0 when every run is done. */
    static double oldestOpenSeconds(MongoTemplate mongo, Clock clock) {
        Run oldest = mongo.findOne(
                Query.query(Criteria.where("status").in(Status.PENDING.name(), Status.RUNNING.name()))
                        .with(Sort.by("announcedAt").ascending())
                        .limit(1),
                Run.class,
                RUNS);
        if (oldest == null || oldest.announcedAt() == null) {
            return 0;
        }
        return Math.max(
                0, Duration.between(oldest.announcedAt(), clock.instant()).toSeconds());
    }

    /** Records a run for the version (a version already recorded keeps its progress) and starts the worker. */
    void record(String listsVersion) {
        mongo.upsert(
                Query.query(Criteria.where("_id").is(listsVersion)),
                new Update()
                        .setOnInsert("announcedAt", clock.instant())
                        .setOnInsert("screened", 0L)
                        .setOnInsert("status", Status.PENDING.name()),
                RUNS);
        resume();
    }

    /**
     * Starts the worker unless it is already waiting to run: on a new version, and every few seconds (so a run left by
     * an instance that died is picked up by whichever instance gets the lock).
     */
    @Scheduled(fixedDelayString = "${peerlend.kyc.rescreening.poll:PT5S}", initialDelayString = "PT10S")
    public void resume() {
        worker.wake();
    }

    public Run run(String listsVersion) {
        return mongo.findById(listsVersion, Run.class, RUNS);
    }

    private void workEveryOpenRun() {
        Query open = Query.query(Criteria.where("status").in(Status.PENDING.name(), Status.RUNNING.name()))
                .with(Sort.by("announcedAt").ascending());
        for (Run run : mongo.find(open, Run.class, RUNS)) {
            work(run);
        }
    }

    private void work(Run run) {
        Query byId = Query.query(Criteria.where("_id").is(run.listsVersion()));
        if (!run.listsVersion().equals(sanctions.current().version())) {
            sanctions.reload(); // this instance has not yet picked up the files another instance announced
        }
        if (!run.listsVersion().equals(sanctions.current().version())) {
            mongo.updateFirst(
                    byId,
                    new Update().set("status", Status.SUPERSEDED.name()).set("finishedAt", clock.instant()),
                    RUNS);
            return;
        }
        if (run.status() == Status.PENDING) {
            mongo.updateFirst(
                    byId, new Update().set("status", Status.RUNNING.name()).set("startedAt", clock.instant()), RUNS);
        }
        String after = run.after();
        long screened = run.screened();
        List<CustomerReadModel.Entry> page;
        do {
            page = customers.screenableAfter(after, PAGE);
            for (CustomerReadModel.Entry customer : page) {
                screen(customer, run.listsVersion());
            }
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1).id();
                screened += page.size();
                mongo.updateFirst(byId, new Update().set("after", after).set("screened", screened), RUNS);
            }
        } while (page.size() == PAGE);
        mongo.updateFirst(
                byId, new Update().set("status", Status.DONE.name()).set("finishedAt", clock.instant()), RUNS);
        log.info("re-screened {} customers against lists {}", screened, run.listsVersion());
    }

    private void screen(CustomerReadModel.Entry customer, String listsVersion) {
        personalData.open(customer.personalData()).ifPresent(p -> {
            Screening.Result result =
                    sanctions.screen(new Screening.Query(p.fullName(), p.dateOfBirth(), p.nationality()));
            List<ScreeningHit> hits = result.matches().stream()
                    .map(m -> new ScreeningHit(m.list(), m.entryId(), m.name(), m.score()))
                    .toList();
            commands.sendAndWait(new RecordRescreening(
                    customer.id(),
                    result.decision().name(),
                    hits,
                    result.listsVersion(),
                    personalData.seal(customer.id(), new ScreeningFindings(hits, List.of()))));
        });
    }
}
