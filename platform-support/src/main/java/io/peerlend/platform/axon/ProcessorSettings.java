package io.peerlend.platform.axon;

import java.util.Map;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Each event processor's segments and batch size, from {@code peerlend.axon.processors.<name>.segments} and
 * {@code .batch-size}; a processor not named has one segment and batches of one. More than one segment only where
 * handling each aggregate's events in order is enough (Axon's default sequencing, by aggregate id): a processor that
 * needs one global order, or joins events of several aggregates into one document, keeps one segment
 * (docs/architecture.md, "Many instances").
 */
public record ProcessorSettings(Map<String, Processor> processors) {

    /** One processor's settings; a segment count only takes effect when the processor has no tokens yet. */
    public record Processor(Integer segments, Integer batchSize) {
        int segmentCount() {
            return segments == null ? 1 : segments;
        }

        int batchSizeOrOne() {
            return batchSize == null ? 1 : batchSize;
        }

        PooledStreamingEventProcessor.Builder applyTo(PooledStreamingEventProcessor.Builder builder) {
            return builder.initialSegmentCount(segmentCount()).batchSize(batchSizeOrOne());
        }
    }

    public ProcessorSettings {
        processors = Map.copyOf(processors);
    }

    static ProcessorSettings from(Environment environment) {
        return new ProcessorSettings(Binder.get(environment)
                .bind("peerlend.axon.processors", Bindable.mapOf(String.class, Processor.class))
                .orElse(Map.of()));
    }

    /** How many segments the processor was configured with (one unless named). */
    public int segments(String processor) {
        Processor settings = processors.get(processor);
        return settings == null ? 1 : settings.segmentCount();
    }
}
