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
 * <p>A batch's writes gathered by its handlers ({@link BatchWrites}) are made before its token is stored.
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

    /** After the batch's own pending writes ({@link BatchWrites}): a token never passes events not yet written. */
    @Override
    public void storeToken(TrackingToken token, String processorName, int segment) {
        BatchWrites.makePending();
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
