package io.peerlend.lending;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.peerlend.platform.testing.ServiceTests;
import io.peerlend.platform.testing.StoredEventSamples;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every event lending publishes has a sample as the event store holds it ({@code src/test/resources/stored-events}),
 * and every sample still loads, through the service's own serializer and upcasters, as the event of that name with
 * every stored field intact: events stored before their classes moved packages included. A new event type gets its
 * sample with {@code -Dstored-events.write=true} (written once, from the code of that day, then kept).
 */
@SpringBootTest
class StoredEventsIT {

    static final Path SAMPLES = Path.of("src/test/resources/stored-events");

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        ServiceTests.useEventStore(registry);
        ServiceTests.useReadSide(registry, "lending-stored-events-it");
    }

    @Autowired
    @Qualifier("eventSerializer")
    Serializer serializer;

    @Autowired
    EventUpcasterChain upcasters;

    /** The published events: lending's and the business calendar's contracts. */
    static List<Class<?>> publishedEvents() {
        return new ClassFileImporter()
                .importPackages("io.peerlend.lending.api.events", "io.peerlend.calendar.api").stream()
                        .filter(JavaClass::isRecord)
                        .filter(c -> !c.isNestedClass())
                        .<Class<?>>map(JavaClass::reflect)
                        .sorted(Comparator.comparing(Class::getSimpleName))
                        .toList();
    }

    @Test
    void givenEveryPublishedEventType_thenASampleOfItAsStoredIsKept() {
        StoredEventSamples samples = new StoredEventSamples(SAMPLES);
        if (Boolean.getBoolean("stored-events.write")) {
            samples.writeMissing(serializer, publishedEvents());
        }
        assertThat(samples.sampled())
                .as("run once with -Dstored-events.write=true for a new event type")
                .containsAll(
                        publishedEvents().stream().map(Class::getSimpleName).toList());
    }

    @Test
    void givenTheStoredSamples_whenReadAsTheEventStoreDoes_thenEachIsItsEventWithEveryFieldIntact() {
        Map<String, Class<?>> read = new StoredEventSamples(SAMPLES).readAll(serializer, upcasters);

        assertThat(read).isNotEmpty();
        read.forEach((sample, type) -> assertThat(type.getSimpleName()).isEqualTo(sample));
        assertThat(read.values()).containsAll(publishedEvents());
    }
}
