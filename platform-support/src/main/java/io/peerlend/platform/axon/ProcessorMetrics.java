package io.peerlend.platform.axon;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * How far each event processor of this instance is behind the event store, for Prometheus and the dashboard
 * (docs/operations.md): {@code peerlend.axon.processor.lag} (events between the store's head and the furthest-behind
 * segment this instance holds), {@code peerlend.axon.processor.lag.seconds} (how long the oldest event it has not
 * reached has waited), {@code peerlend.axon.processor.segments} (segments it holds) and
 * {@code peerlend.axon.processor.segments.failing} (segments stopped at an event that fails and is being retried).
 * Across instances, the processor's lag is the largest of theirs. The store's head is read at most once a second,
 * however many processors and scrapes ask.
 */
final class ProcessorMetrics {

    private static final Duration HEAD_READ_EVERY = Duration.ofSeconds(1);

    private final EventStore eventStore;
    private final Clock clock;
    private Instant headReadAt = Instant.MIN;
    private long head;

    ProcessorMetrics(EventStore eventStore, Clock clock) {
        this.eventStore = eventStore;
        this.clock = clock;
    }

    /** Registers the gauges of every streaming processor (once they exist: when the application is ready). */
    void bindTo(EventProcessingConfiguration processing, MeterRegistry registry) {
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                Gauge.builder("peerlend.axon.processor.lag", streaming, this::lag)
                        .description("events between the event store's head and this processor's slowest segment here")
                        .baseUnit("events")
                        .tag("processor", name)
                        .register(registry);
                Gauge.builder("peerlend.axon.processor.lag.seconds", streaming, this::lagSeconds)
                        .description("age of the oldest stored event this processor's slowest segment here has not"
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
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        if (status.isEmpty()) {
            return 0;
        }
        long storeHead = head();
        long slowest = Long.MAX_VALUE;
        for (EventTrackerStatus segment : status.values()) {
            TrackingToken token = segment.getTrackingToken();
            OptionalLong position = token == null ? OptionalLong.of(-1) : token.position();
            slowest = Math.min(slowest, position.orElse(-1));
        }
        return Math.max(0, storeHead - slowest);
    }

    /**
     * How old the first event after the slowest segment's position is: how long the oldest event this processor has
     * not handled has waited (with several segments, the next event may be another segment's, which is then no older
     * than the one the slowest segment waits at). Read only when the processor is behind.
     */
    double lagSeconds(StreamingEventProcessor processor) {
        if (lag(processor) == 0) {
            return 0;
        }
        TrackingToken slowest = null;
        long slowestPosition = Long.MAX_VALUE;
        for (EventTrackerStatus segment : processor.processingStatus().values()) {
            TrackingToken token = segment.getTrackingToken();
            long position = token == null ? -1 : token.position().orElse(-1);
            if (position < slowestPosition) {
                slowestPosition = position;
                slowest = token;
            }
        }
        try (BlockingStream<TrackedEventMessage<?>> next = eventStore.openStream(slowest)) {
            if (next.hasNextAvailable()) {
                Instant stored = next.nextAvailable().getTimestamp();
                return Math.max(0, Duration.between(stored, clock.instant()).toMillis() / 1000.0);
            }
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private synchronized long head() {
        Instant now = clock.instant();
        if (now.isAfter(headReadAt.plus(HEAD_READ_EVERY))) {
            TrackingToken token = eventStore.createHeadToken();
            head = token == null ? -1 : token.position().orElse(-1);
            headReadAt = now;
        }
        return head;
    }
}
