package io.peerlend.platform.jobs;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A background job that one instance of the cluster works on at a time (close of business, a sanctions re-screening,
 * an as-of rebuild): woken when there is work and on a schedule, it runs on its own thread holding the cluster-wide
 * lock of its name (ShedLock, kept alive while it works, lapsing 30 s after its holder dies), so work left by an
 * instance that died is picked up by whichever instance gets the lock next. A wake while it is already waiting to run
 * changes nothing; a failure is logged and the work tried again at the next wake (each job records its own progress).
 */
public final class ClusterJob {

    private static final Logger log = LoggerFactory.getLogger(ClusterJob.class);
    private static final Duration LEASE = Duration.ofSeconds(30);

    private final String name;
    private final LockingTaskExecutor locks;
    private final Clock clock;
    private final Runnable work;
    private final ExecutorService worker;
    private final AtomicBoolean queued = new AtomicBoolean();

    /** {@code name}: the lock's and the worker thread's. */
    public ClusterJob(String name, LockingTaskExecutor locks, Clock clock, Runnable work) {
        this.name = name;
        this.locks = locks;
        this.clock = clock;
        this.work = work;
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs the work under the lock, unless a run is already waiting to start. */
    public void wake() {
        if (queued.compareAndSet(false, true)) {
            worker.submit(() -> {
                queued.set(false);
                try {
                    locks.executeWithLock(work, new LockConfiguration(clock.instant(), name, LEASE, Duration.ZERO));
                } catch (RuntimeException e) {
                    log.warn("{} stopped; it carries on at the next attempt: {}", name, e.toString());
                }
            });
        }
    }
}
