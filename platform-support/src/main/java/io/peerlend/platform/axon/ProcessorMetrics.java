package io.peerlend.platform.axon;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * How far each event processor is behind the event store, for Prometheus, the dashboard and the operations portal's
 * system page (docs/operations.md): {@code peerlend.axon.processor.lag} (events between the store's head and the
 * processor's furthest-behind segment), {@code peerlend.axon.processor.lag.seconds} (how long the oldest event it has
 * not reached has waited), {@code peerlend.axon.processor.segments} (segments this instance holds) and
 * {@code peerlend.axon.processor.segments.failing} (segments here stopped at an event that fails and is being
 * retried). The lag covers every segment, not only those held here: a segment this instance holds is measured at its
 * live position, any other at the position stored in the shared token store ({@link StoredTokens}), which trails the
 * live one by at most a few seconds. So a processor that no instance runs, or whose segment is held by an instance
 * that hung, still shows its lag on every instance (measured only from what each holds, it read 0 everywhere). The
 * store's head and the stored tokens are read at most once a second, however many scrapes ask.
 */
final class ProcessorMetrics {

    private static final Duration READ_EVERY = Duration.ofSeconds(1);

    private final EventStorageEngine events;
    private final StoredTokens storedTokens;
    private final Clock clock;
    private final Map<String, Stored> stored = new ConcurrentHashMap<>();
    private Instant headReadAt = Instant.MIN;
    private long head;

    private record Stored(Instant readAt, Map<Integer, TrackingToken> tokens) {}

    /** {@code storedTokens} may be null: then only the segments this instance holds are measured. */
    ProcessorMetrics(EventStorageEngine events, StoredTokens storedTokens, Clock clock) {
        this.events = events;
        this.storedTokens = storedTokens;
        this.clock = clock;
    }

    /** Registers the gauges of every streaming processor (once they exist: when the application is ready). */
    void bindTo(EventProcessingConfiguration processing, MeterRegistry registry) {
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                Gauge.builder("peerlend.axon.processor.lag", streaming, this::lag)
                        .description("events between the event store's head and this processor's slowest segment")
                        .baseUnit("events")
                        .tag("processor", name)
                        .register(registry);
                Gauge.builder("peerlend.axon.processor.lag.seconds", streaming, this::lagSeconds)
                        .description("age of the oldest stored event this processor's slowest segment has not"
                                + " reached (0 when it is up to date)")
                        .baseUnit("seconds")
                        .tag("processor", name)
                        .register(registry);
                Gauge.builder(
                                "peerlend.axon.processor.segments",
                                streaming,
                                p -> p.processingStatus().size())
                        .description("segments of the processor this instance holds")
                        .tag("processor", name)
                        .register(registry);
                Gauge.builder(
                                "peerlend.axon.processor.segments.failing",
                                streaming,
                                p -> p.processingStatus().values().stream()
                                        .filter(EventTrackerStatus::isErrorState)
                                        .count())
                        .description("segments stopped at a failing event (retried until it succeeds)")
                        .tag("processor", name)
                        .register(registry);
            }
        });
    }

    double lag(StreamingEventProcessor processor) {
        return slowest(processor).map(s -> Math.max(0, head() - s.position())).orElse(0L);
    }

    /**
     * How old the first event after the slowest segment's position is: how long the oldest event this processor has
     * not handled has waited (with several segments, the next event may be another segment's, which is then no older
     * than the one the slowest segment waits at). Read only when the processor is behind.
     */
    double lagSeconds(StreamingEventProcessor processor) {
        Optional<Slowest> found = slowest(processor);
        if (found.isEmpty() || head() - found.get().position() <= 0) {
            return 0;
        }
        // read from the storage engine on this thread, from the plain token: a processor's token is wrapped in a
        // replay token while it replays, and on its first start up to the head it found then; the engine refuses a
        // wrapped token, so the gauge failed and read nothing for any processor not yet past its first head
        TrackingToken from = WrappedToken.unwrapLowerBound(found.get().token());
        try (Stream<? extends TrackedEventMessage<?>> next = events.readEvents(from, false)) {
            return next.findFirst()
                    .map(event -> Math.max(
                            0,
                            Duration.between(event.getTimestamp(), clock.instant())
                                            .toMillis()
                                    / 1000.0))
                    .orElse(0.0);
        }
    }

    /** The furthest-behind segment's token (null: it has handled nothing) and position; empty without segments. */
    private record Slowest(TrackingToken token, long position) {}

    /**
     * Over each segment's token: live where this instance holds the segment, as stored in the token store otherwise.
     */
    private Optional<Slowest> slowest(StreamingEventProcessor processor) {
        Map<Integer, TrackingToken> tokens = new TreeMap<>(stored(processor.getName()));
        processor.processingStatus().forEach((segment, status) -> tokens.put(segment, status.getTrackingToken()));
        Slowest slowest = null;
        for (TrackingToken token : tokens.values()) {
            if (slowest == null || position(token) < slowest.position()) {
                slowest = new Slowest(token, position(token));
            }
        }
        return Optional.ofNullable(slowest);
    }

    private Map<Integer, TrackingToken> stored(String processor) {
        if (storedTokens == null) {
            return Map.of();
        }
        Instant now = clock.instant();
        return stored.compute(
                        processor,
                        (name, last) ->
                                last != null && !now.isAfter(last.readAt().plus(READ_EVERY))
                                        ? last
                                        : new Stored(now, storedTokens.of(name)))
                .tokens();
    }

    private static long position(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }

    private synchronized long head() {
        Instant now = clock.instant();
        if (now.isAfter(headReadAt.plus(READ_EVERY))) {
            TrackingToken token = events.createHeadToken();
            head = token == null ? -1 : token.position().orElse(-1);
            headReadAt = now;
        }
        return head;
    }
}
