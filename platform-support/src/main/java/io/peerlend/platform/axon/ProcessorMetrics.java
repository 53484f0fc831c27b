package io.peerlend.platform.axon;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * How far each event processor of this instance is behind the event store, for Prometheus and the dashboard
 * (docs/operations.md): {@code peerlend.axon.processor.lag} (events between the store's head and the furthest-behind
 * segment this instance holds), {@code peerlend.axon.processor.segments} (segments it holds) and
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
