package io.peerlend.platform.axon;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Writes that an event processor's handlers gather over a batch and make as it commits (a read model's saves, a
 * business day's movements): in the batch's commit step, after its prepare step has stored the events of the commands
 * its handlers sent, and before its token is stored (which the platform's token store defers to the end of the commit
 * step: {@link RecentClaims}). A write that fails leaves the token where it was, and the batch is handled again. And a
 * process that records what it has judged (AML monitoring) records it only once the cases it opened are stored: were
 * the record written first and the cases' events then refused, the batch handled again would skip what it had judged.
 * Outside a processor (a test's unit of work) they are made as it commits too.
 */
public final class BatchWrites {

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
            batch.onCommit(u -> write.accept(created));
            pending = created;
        }
        return pending;
    }
}
