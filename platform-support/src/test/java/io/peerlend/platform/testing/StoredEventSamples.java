package io.peerlend.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;

/**
 * Stored events are a contract: a sample of every published event type, serialised as the event store holds it
 * (type name, revision, JSON payload), is kept in the repository, and must still load through the service's own
 * serializer and upcasters, with every stored field read back unchanged. A moved or renamed class, a removed field
 * or a changed type fails here; an added field does not (docs/architecture.md, "Changing an event").
 *
 * <p>A sample is written once, from the code of the day the type is added ({@link #writeMissing}); it is never
 * regenerated, or the test would prove nothing.
 */
public final class StoredEventSamples {

    /** Numbers exactly as stored (4.50 stays 4.50, a timestamp keeps its nanoseconds). */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private static final Instant AT = Instant.parse("2026-12-02T10:00:00Z");

    private final Path directory;

    public StoredEventSamples(Path directory) {
        this.directory = directory;
    }

    /**
     * The event types of a contract package that go into the event store: every record of {@code apiPackage} that an
     * {@code @EventSourcingHandler} or an {@code @EventHandler} on the class path takes, or that code on the class path
     * constructs where it applies or publishes events.
     */
    public static List<Class<?>> storedEvents(String apiPackage) {
        JavaClasses classes = new ClassFileImporter().importPackages("io.peerlend");
        Stream<JavaClass> handled = classes.stream()
                .flatMap(c -> c.getMethods().stream())
                .filter(m -> m.isAnnotatedWith("org.axonframework.eventsourcing.EventSourcingHandler")
                        || m.isAnnotatedWith("org.axonframework.eventhandling.EventHandler"))
                .filter(m -> !m.getRawParameterTypes().isEmpty())
                .map(m -> m.getRawParameterTypes().get(0));
        // (what a controller or a method builds and returns is an answer, not an event it stores)
        Stream<JavaClass> published = classes.stream()
                .filter(c -> c.getConstructorCallsToSelf().stream()
                        .anyMatch(call -> storesEvents(call.getOrigin())
                                && !call.getOrigin().getRawReturnType().equals(c)
                                && !call.getOriginOwner()
                                        .isAnnotatedWith("org.springframework.web.bind.annotation.RestController")));
        return Stream.concat(handled, published)
                .filter(t -> t.getPackageName().startsWith(apiPackage) && t.isRecord())
                .distinct()
                .<Class<?>>map(JavaClass::reflect)
                .sorted(Comparator.comparing(Class::getSimpleName))
                .toList();
    }

    private static boolean storesEvents(JavaCodeUnit code) {
        return code.getMethodCallsFromSelf().stream().anyMatch(call -> {
            String owner = call.getTargetOwner().getName();
            String name = call.getName();
            return (owner.equals("org.axonframework.eventhandling.gateway.EventGateway") && name.equals("publish"))
                    || (owner.equals("org.axonframework.modelling.command.AggregateLifecycle") && name.equals("apply"));
        });
    }

    /** Writes a sample for each type that has none yet; returns the types written. */
    public List<String> writeMissing(Serializer serializer, Collection<Class<?>> eventTypes) {
        List<String> written = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            for (Class<?> type : eventTypes) {
                Path file = directory.resolve(type.getSimpleName() + ".json");
                if (Files.exists(file)) {
                    continue;
                }
                SerializedObject<String> stored = serializer.serialize(sample(type), String.class);
                ObjectNode entry = JSON.createObjectNode();
                entry.put("type", stored.getType().getName());
                entry.put("revision", stored.getType().getRevision());
                entry.set("payload", JSON.readTree(stored.getData()));
                Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(entry) + "\n");
                written.add(type.getSimpleName());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    /** The simple names of the types that have a sample. */
    public Set<String> sampled() {
        if (!Files.isDirectory(directory)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return new TreeSet<>(files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - 5))
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads every sample as the event store does (upcasters, then the serializer) and checks each stored field comes
     * back with its stored value; returns what each sample was read as, by sample name.
     */
    public Map<String, Class<?>> readAll(Serializer serializer, EventUpcaster upcasters) {
        Map<String, Class<?>> read = new TreeMap<>();
        for (String name : sampled()) {
            try {
                JsonNode entry = JSON.readTree(directory.resolve(name + ".json").toFile());
                byte[] payload = JSON.writeValueAsBytes(entry.get("payload"));
                JsonNode revision = entry.get("revision");
                GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>(
                        "Sample",
                        "sample-1",
                        0,
                        "event-" + name,
                        AT.toEpochMilli(),
                        entry.get("type").asText(),
                        revision == null || revision.isNull() ? null : revision.asText(),
                        payload,
                        "{}".getBytes(StandardCharsets.UTF_8));
                DomainEventMessage<?> event = EventStreamUtils.upcastAndDeserializeDomainEvents(
                                Stream.of(stored), serializer, upcasters)
                        .next();
                JsonNode again = JSON.readTree(
                        serializer.serialize(event.getPayload(), String.class).getData());
                assertSubset(name, entry.get("payload"), again);
                read.put(name, event.getPayloadType());
            } catch (IOException e) {
                throw new UncheckedIOException(name, e);
            }
        }
        return read;
    }

    private static void assertSubset(String path, JsonNode stored, JsonNode read) {
        if (stored.isObject()) {
            assertThat(read.isObject()).as(path + " is still an object").isTrue();
            for (Iterator<Map.Entry<String, JsonNode>> fields = stored.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                assertThat(read.has(field.getKey()))
                        .as(path + "." + field.getKey() + " is still read")
                        .isTrue();
                assertSubset(path + "." + field.getKey(), field.getValue(), read.get(field.getKey()));
            }
        } else if (stored.isArray()) {
            assertThat(read.size()).as(path + " keeps its elements").isEqualTo(stored.size());
            for (int i = 0; i < stored.size(); i++) {
                assertSubset(path + "[" + i + "]", stored.get(i), read.get(i));
            }
        } else {
            assertThat(read).as(path + " keeps its value").isEqualTo(stored);
        }
    }

    /** An instance of the record with a plausible value in every component (nested records, lists and maps too). */
    static Object sample(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type + " is not a record: events are records");
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(components[i].getGenericType(), components[i].getName());
        }
        try {
            var constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a sample " + type.getName(), e);
        }
    }

    private static Object value(Type type, String name) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (List.class.isAssignableFrom(raw) || Collection.class == raw) {
                return List.of(value(args[0], name));
            }
            if (Set.class.isAssignableFrom(raw)) {
                return Set.of(value(args[0], name));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return Map.of(value(args[0], name), value(args[1], name));
            }
            throw new IllegalArgumentException("no sample for " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return name + "-1";
        }
        if (c == long.class || c == Long.class) {
            return 12_345L;
        }
        if (c == int.class || c == Integer.class) {
            return 12;
        }
        if (c == double.class || c == Double.class) {
            return 0.875;
        }
        if (c == boolean.class || c == Boolean.class) {
            return true;
        }
        if (c == BigDecimal.class) {
            return new BigDecimal("4.50");
        }
        if (c == Instant.class) {
            return AT;
        }
        if (c == LocalDate.class) {
            return LocalDate.of(2027, 1, 15);
        }
        if (c == Duration.class) {
            return Duration.ofDays(14);
        }
        if (c.isEnum()) {
            return c.getEnumConstants()[0];
        }
        if (c.isArray()) {
            Object array = Array.newInstance(c.getComponentType(), 1);
            Array.set(array, 0, value(c.getComponentType(), name));
            return array;
        }
        if (c.isRecord()) {
            return sample(c);
        }
        throw new IllegalArgumentException("no sample for " + c.getName() + " (" + name + ")");
    }
}
