package io.peerlend.platform.axon;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Sends a command again when it lost a race for its aggregate: another writer (another instance, or a concurrent
 * request) appended first, so this command's events were refused by the event store's unique key and nothing of it
 * was stored. The retry loads the aggregate afresh and decides again, so it is safe for every command: handlers
 * validate against current state and change nothing outside the event store. Any other failure (a broken rule, bad
 * input) is answered at once. After {@code maxRetries} the caller gets the conflict (a 409 "send it again").
 */
public final class ConflictRetryScheduler implements RetryScheduler {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "command-conflict-retry");
        t.setDaemon(true);
        return t;
    });

    private final int maxRetries;
    private final long firstDelayMillis;

    public ConflictRetryScheduler(int maxRetries, long firstDelayMillis) {
        this.maxRetries = maxRetries;
        this.firstDelayMillis = firstDelayMillis;
    }

    @Override
    public boolean scheduleRetry(
            CommandMessage commandMessage,
            RuntimeException lastFailure,
            List<Class<? extends Throwable>[]> failures,
            Runnable commandDispatch) {
        if (!isConflict(lastFailure) || failures.size() > maxRetries) {
            return false;
        }
        // doubling, with jitter so that two losers of one race do not collide again
        long delay = firstDelayMillis << (failures.size() - 1);
        delay += ThreadLocalRandom.current().nextLong(delay + 1);
        TIMER.schedule(commandDispatch, delay, TimeUnit.MILLISECONDS);
        return true;
    }

    /** Whether an answer (a result or a failure) is a lost race. */
    public static boolean isConflictAnswer(Object answer) {
        return answer instanceof Throwable t && isConflict(t);
    }

    /** A lost race for an aggregate's next sequence number (or for creating it), anywhere in the causes. */
    public static boolean isConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConcurrencyException || t instanceof AggregateStreamCreationException) {
                return true;
            }
        }
        return false;
    }
}
