package io.peerlend.platform.axon;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Writes that an event processor's handlers gather over a batch and make as it commits (a read model's saves, a
 * business day's movements): made before the processor stores its token, so a write that fails leaves the token where
 * it was and the batch is handled again.
 *
 * <p>Why not simply in the batch's prepare-commit step: Axon's tracking processor registers the storing of its token as
 * the batch's first prepare-commit step, before any handler runs, and our tokens live in MongoDB, outside any
 * transaction; a write made in a later step that failed left the token past events that were never written
 * ({@code EventProcessorsIT}). The platform's token store ({@link RecentClaims}) makes the batch's pending writes
 * first; outside a tracking processor (a test's unit of work, a handler called directly) they are made at
 * prepare-commit.
 */
public final class BatchWrites {

    private static final String PENDING = BatchWrites.class.getName();

    private BatchWrites() {}

    /**
     * What the current batch has gathered under {@code key} (made by {@code create} on first use), written by {@code
     * write} as the batch commits, before its processor stores its token. {@code key} should be unique per gatherer.
     */
    public static <T> T gathered(String key, Supplier<T> create, Consumer<T> write) {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        T pending = batch.getResource(key);
        if (pending == null) {
            T created = create.get();
            batch.resources().put(key, created);
            beforeCommit(batch, () -> write.accept(created));
            pending = created;
        }
        return pending;
    }

    private static void beforeCommit(UnitOfWork<?> batch, Runnable write) {
        Deque<Runnable> writes = batch.getResource(PENDING);
        if (writes == null) {
            Deque<Runnable> created = new ArrayDeque<>();
            batch.resources().put(PENDING, created);
            batch.onPrepareCommit(u -> make(created));
            writes = created;
        }
        writes.add(write);
    }

    /** Makes the current batch's pending writes, if any (each once). */
    static void makePending() {
        if (CurrentUnitOfWork.isStarted()) {
            Deque<Runnable> pending = CurrentUnitOfWork.get().root().getResource(PENDING);
            if (pending != null) {
                make(pending);
            }
        }
    }

    private static void make(Deque<Runnable> writes) {
        for (Runnable write = writes.poll(); write != null; write = writes.poll()) {
            write.run();
        }
    }
}
