package io.peerlend.platform.axon;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;
import java.util.function.ToIntFunction;
import org.axonframework.eventhandling.pooled.MaxSegmentProvider;

/**
 * How many of a processor's segments this instance may hold: its fair share among the service's ready instances
 * (rounded up, so every segment has an owner). Axon's pooled processor asks on every coordination cycle and releases
 * what it holds beyond the share, which the other instances then claim through the shared token store; when an
 * instance dies, discovery drops it, the share of the survivors grows, and they claim its segments once its claims
 * time out. The balancing is Axon's; this only says how many instances and segments there are. The segments counted
 * are those in the token store (a store made with more segments than configured today keeps them, and each must have
 * an owner), looked up again every few seconds.
 */
final class ClusterShare implements MaxSegmentProvider {

    private static final long RECOUNT_NANOS = 5_000_000_000L;

    private final ProcessorSettings settings;
    private final IntSupplier readyInstances;
    private final ToIntFunction<String> storedSegments;
    private final Map<String, Count> counted = new ConcurrentHashMap<>();

    private record Count(int segments, long at) {}

    ClusterShare(ProcessorSettings settings, IntSupplier readyInstances, ToIntFunction<String> storedSegments) {
        this.settings = settings;
        this.readyInstances = readyInstances;
        this.storedSegments = storedSegments;
    }

    @Override
    public int getMaxSegments(String processor) {
        int instances = Math.max(1, readyInstances.getAsInt());
        int segments = Math.max(settings.segments(processor), stored(processor));
        return (segments + instances - 1) / instances;
    }

    private int stored(String processor) {
        long now = System.nanoTime();
        Count count = counted.get(processor);
        if (count == null || now - count.at() > RECOUNT_NANOS) {
            count = new Count(storedSegments.applyAsInt(processor), now);
            counted.put(processor, count);
        }
        return count.segments();
    }
}
