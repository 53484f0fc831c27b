package io.peerlend.platform.axon;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The token store as this instance's processors use it: a claim this instance wrote moments ago is not written again
 * only to be extended.
 *
 * <p>Why: our tokens live in MongoDB, outside the event store's transaction, so each processor stores its token after
 * a batch has succeeded ({@link AxonPostgresAutoConfiguration}); Axon then extends the claim before every batch as well,
 * two writes per batch. The processes that send commands take batches of one, so under load that was a claim
 * extension for every event they handle: about 10,000 writes to the read side per 10,000 loan parts in KYC alone
 * (docs/benchmarks.md, "Where a request's time goes").
 *
 * <p>Why it is safe: another instance may take a segment only once the claim has gone {@link
 * AxonPostgresAutoConfiguration#CLAIM_TIMEOUT} without a write; an extension is skipped only within {@link #FRESH} of
 * this instance's last successful write of that claim (a token stored, a claim fetched or extended), far inside that
 * time. Storing the token after the batch still checks the claim in the store, as before, and a write that fails
 * forgets the claim, so the next extension goes to the store. An idle processor extends every
 * {@link EventProcessorsAutoConfiguration#IDLE_WAIT}, longer than {@link #FRESH}, so its extensions all reach the store.
 *
 * <p>A processor's token is stored after everything else its batch does as it commits. Axon's tracking processor
 * stores it in the batch's first prepare-commit step (registered before any handler runs), and the other steps follow:
 * the events of the commands its handlers sent (Axon appends those of a nested unit of work with the batch's own), saga
 * state, and the read models' writes gathered over the batch ({@link BatchWrites}, in the commit step). Our tokens live
 * in MongoDB, outside any transaction, so a step failing after the token was stored left the token past events whose
 * effects were never stored, and nothing handled them again ({@code EventProcessorsIT} failed that way for both). This
 * store defers a token asked for in that step to the end of the batch's commit step.
 */
final class RecentClaims implements TokenStore {

    /** How long after this instance's last write of a claim an extension of it is taken as already done. */
    static final Duration FRESH = Duration.ofSeconds(2);

    private final TokenStore store;
    private final Clock clock;
    private final Map<String, Instant> writtenAt = new ConcurrentHashMap<>();

    RecentClaims(TokenStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void extendClaim(String processorName, int segment) {
        Instant last = writtenAt.get(key(processorName, segment));
        if (last != null && clock.instant().isBefore(last.plus(FRESH))) {
            return;
        }
        written(processorName, segment, () -> store.extendClaim(processorName, segment));
    }

    /**
     * Stored at once, or, asked while a batch prepares to commit, as the batch commits: after all its other prepare
     * steps. If storing then fails (the claim lost), the batch rolls back and is handled again from the stored token.
     */
    @Override
    public void storeToken(TrackingToken token, String processorName, int segment) {
        if (CurrentUnitOfWork.isStarted()) {
            UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
            if (batch.phase() == UnitOfWork.Phase.PREPARE_COMMIT) {
                batch.onCommit(
                        u -> written(processorName, segment, () -> store.storeToken(token, processorName, segment)));
                return;
            }
        }
        written(processorName, segment, () -> store.storeToken(token, processorName, segment));
    }

    @Override
    public TrackingToken fetchToken(String processorName, int segment) {
        TrackingToken[] fetched = new TrackingToken[1];
        written(processorName, segment, () -> fetched[0] = store.fetchToken(processorName, segment));
        return fetched[0];
    }

    @Override
    public TrackingToken fetchToken(String processorName, Segment segment) {
        TrackingToken[] fetched = new TrackingToken[1];
        written(processorName, segment.getSegmentId(), () -> fetched[0] = store.fetchToken(processorName, segment));
        return fetched[0];
    }

    @Override
    public void releaseClaim(String processorName, int segment) {
        writtenAt.remove(key(processorName, segment));
        store.releaseClaim(processorName, segment);
    }

    @Override
    public void deleteToken(String processorName, int segment) {
        writtenAt.remove(key(processorName, segment));
        store.deleteToken(processorName, segment);
    }

    /** Runs a write that claims the segment; remembers when it succeeded, or forgets the claim when it failed. */
    private void written(String processorName, int segment, Runnable write) {
        String key = key(processorName, segment);
        Instant before = clock.instant();
        try {
            write.run();
        } catch (RuntimeException e) {
            writtenAt.remove(key);
            throw e;
        }
        // the time before the write: the claim's own timestamp in the store is no earlier than that
        writtenAt.put(key, before);
    }

    private static String key(String processorName, int segment) {
        return processorName + "#" + segment;
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount) {
        store.initializeTokenSegments(processorName, segmentCount);
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount, TrackingToken initialToken) {
        store.initializeTokenSegments(processorName, segmentCount, initialToken);
    }

    @Override
    public void initializeSegment(TrackingToken token, String processorName, int segment) {
        store.initializeSegment(token, processorName, segment);
    }

    @Override
    public boolean requiresExplicitSegmentInitialization() {
        return store.requiresExplicitSegmentInitialization();
    }

    @Override
    public int[] fetchSegments(String processorName) {
        return store.fetchSegments(processorName);
    }

    @Override
    public List<Segment> fetchAvailableSegments(String processorName) {
        return store.fetchAvailableSegments(processorName);
    }

    @Override
    public Optional<String> retrieveStorageIdentifier() {
        return store.retrieveStorageIdentifier();
    }
}
