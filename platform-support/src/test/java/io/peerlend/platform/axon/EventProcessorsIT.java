package io.peerlend.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.peerlend.infra.testing.TestStores;
import io.peerlend.platform.readside.BatchedSaves;
import io.peerlend.platform.testing.JdbcEventStores;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The services' event processors as {@link EventProcessorsAutoConfiguration} sets them up, on the real PostgreSQL event
 * store and a token store in the real MongoDB wire server shared by "instances" (Axon configurations in this JVM, each
 * its own token owner), as the instances of one service share them.
 */
class EventProcessorsIT {

    private static final String GROUP = "projection";
    private static JdbcEventStores.Store store;
    private static MongoClient mongo;

    private final String run = UUID.randomUUID().toString();
    private final List<Configuration> instances = new ArrayList<>();
    private final AtomicInteger readyInstances = new AtomicInteger(1);
    private final Projection projection = new Projection(run);
    private final AtomicInteger tokenWrites = new AtomicInteger();
    private final AtomicInteger echoesFail = new AtomicInteger();
    private final AtomicBoolean savedBeforeEventsFailed = new AtomicBoolean();

    @BeforeAll
    static void stores() {
        store = JdbcEventStores.open("processors_it", 8);
        mongo = MongoClients.create(TestStores.mongo().uri("processors-it"));
    }

    @AfterAll
    static void close() {
        mongo.close();
        store.close();
    }

    @AfterEach
    void stop() {
        instances.forEach(Configuration::shutdown);
    }

    record Happened(String run, String aggregate, long sequence, boolean failsOnce) {}

    /** What the projection publishes when it handles an event, while {@code echo} is on (as a process's command does). */
    record Echoed(String run, String key) {}

    /** An event of a type the projection has no handler for. */
    record Unrelated(String run, int n) {}

    /** A read model: what it handled, per aggregate, in the order it handled it. */
    @ProcessingGroup(GROUP)
    static class Projection {
        final String run;
        final Map<String, List<Long>> handled = new ConcurrentHashMap<>();
        final List<String> failures = new CopyOnWriteArrayList<>();
        volatile boolean readSideDown;
        /** When set, each event handled is also saved through it, with the rest of its batch. */
        volatile BatchedSaves batched;
        /** When set, each event handled publishes an {@link Echoed} there, with its batch. */
        volatile EventBus echo;

        Projection(String run) {
            this.run = run;
        }

        @EventHandler
        void on(Happened event) {
            if (!event.run().equals(run)) {
                return; // an earlier run's events in the same store
            }
            String key = event.aggregate() + "#" + event.sequence();
            if (readSideDown) {
                throw new IllegalStateException("the read side is down");
            }
            if (event.failsOnce() && !failures.contains(key)) {
                failures.add(key);
                throw new IllegalStateException("the read side is unavailable for a moment");
            }
            handled.computeIfAbsent(event.aggregate(), a -> new CopyOnWriteArrayList<>())
                    .add(event.sequence());
            if (batched != null) {
                batched.save(new Document("_id", key), "handled");
            }
            if (echo != null) {
                echo.publish(GenericEventMessage.asEventMessage(new Echoed(run, key)));
            }
        }

        int count() {
            return handled.values().stream().mapToInt(List::size).sum();
        }
    }

    /** One instance of the service: its own token owner name, the shared stores, the platform's processor set-up. */
    private Configuration startInstance(String owner, int segments) {
        return startInstance(owner, segments, null);
    }

    private Configuration startInstance(String owner, int segments, Integer batchSize) {
        ProcessorSettings settings =
                new ProcessorSettings(Map.of(GROUP, new ProcessorSettings.Processor(segments, batchSize)));
        TokenStore stored = MongoTokenStore.builder()
                // each test's own token database: a processor's segments are its own
                .mongoTemplate(DefaultMongoTemplate.builder()
                        .mongoDatabase(mongo, "processors-it-" + run)
                        .build())
                .serializer(JacksonSerializer.defaultSerializer())
                .nodeId(owner)
                .claimTimeout(Duration.ofSeconds(3))
                .build();
        TokenStore tokens = new RecentClaims(countingWrites(stored), Clock.systemUTC());
        var configurer = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> JacksonSerializer.defaultSerializer())
                .configureEventStore(c -> EmbeddedEventStore.builder()
                        .storageEngine(failingAppends(store.engine()))
                        .build());
        configurer.eventProcessing(
                processing -> processing.registerTokenStore(c -> tokens).registerEventHandler(c -> projection));
        new EventProcessorsAutoConfiguration()
                .eventProcessors(
                        settings,
                        new ClusterShare(settings, readyInstances::get, name -> tokens.fetchSegments(name).length))
                .configureModule(configurer);
        Configuration instance = configurer.start();
        instances.add(instance);
        return instance;
    }

    /** The event store's storage, failing the appends of {@link Echoed} events while {@link #echoesFail} is above 0. */
    private EventStorageEngine failingAppends(EventStorageEngine engine) {
        return (EventStorageEngine) Proxy.newProxyInstance(
                EventStorageEngine.class.getClassLoader(),
                new Class<?>[] {EventStorageEngine.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("appendEvents")
                            && args[0] instanceof List<?> events
                            && events.stream().anyMatch(e -> ((EventMessage<?>) e).getPayload() instanceof Echoed)
                            && echoesFail.getAndDecrement() > 0) {
                        savedBeforeEventsFailed.set(mongo.getDatabase("processors-it-" + run)
                                        .getCollection("handled")
                                        .countDocuments()
                                > 0);
                        throw new IllegalStateException("the event store is unavailable for a moment");
                    }
                    try {
                        return method.invoke(engine, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** The token store, counting the tokens stored through it. */
    private TokenStore countingWrites(TokenStore tokens) {
        return (TokenStore) Proxy.newProxyInstance(
                TokenStore.class.getClassLoader(), new Class<?>[] {TokenStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("storeToken")) {
                        tokenWrites.incrementAndGet();
                    }
                    try {
                        return method.invoke(tokens, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private void publishUnrelated(int count) {
        store.engine()
                .appendEvents(IntStream.range(0, count)
                        .mapToObj(n -> new GenericDomainEventMessage<>(
                                "Other", run + ":other:" + count, n, new Unrelated(run, n)))
                        .toList());
    }

    private long processorPosition(Configuration instance) {
        return instance.eventProcessingConfiguration()
                .eventProcessor(GROUP, StreamingEventProcessor.class)
                .orElseThrow()
                .processingStatus()
                .get(0)
                .getTrackingToken()
                .position()
                .orElse(-1);
    }

    private static long head() {
        return store.engine().createHeadToken().position().orElse(-1);
    }

    private void publish(String aggregate, long sequence, boolean failsOnce) {
        store.engine()
                .appendEvents(new GenericDomainEventMessage<>(
                        "Thing", run + ":" + aggregate, sequence, new Happened(run, aggregate, sequence, failsOnce)));
    }

    private static int claimed(Configuration instance) {
        return instance.eventProcessingConfiguration()
                .eventProcessor(GROUP, StreamingEventProcessor.class)
                .orElseThrow()
                .processingStatus()
                .size();
    }

    @Test
    void aHandlerThatFailsHasItsEventTriedAgainRatherThanSkipped() {
        // given one instance following the store
        startInstance("only", 1);
        // when a read-model update fails once (its store unavailable for a moment) between two that succeed
        publish("a", 0, false);
        publish("a", 1, true);
        publish("a", 2, false);
        // then the failed event is handled on a later attempt, in its place: nothing is skipped
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(projection.handled.get("a")).containsExactly(0L, 1L, 2L));
        assertThat(projection.failures).containsExactly("a#1");
    }

    @Test
    void aBatchWhoseGatheredWritesFailAsItCommitsIsHandledAgainRatherThanPassedBy() {
        // given a projection that writes its batch as it commits (BatchedSaves), whose first write fails (the read
        // side unavailable for a moment)
        AtomicInteger bulkWrites = new AtomicInteger();
        projection.batched = new BatchedSaves(new MongoTemplate(mongo, "processors-it-" + run) {
            @Override
            public BulkOperations bulkOps(BulkOperations.BulkMode mode, String collectionName) {
                if (bulkWrites.incrementAndGet() == 1) {
                    throw new DataAccessResourceFailureException("the read side is unavailable for a moment");
                }
                return super.bulkOps(mode, collectionName);
            }
        });
        startInstance("only", 1, 100);

        // when three events are handled
        publish("a", 0, false);
        publish("a", 1, false);
        publish("a", 2, false);

        // then all three are written in the end: the failed batch was handled again, its token not stored first
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(mongo.getDatabase("processors-it-" + run)
                                .getCollection("handled")
                                .distinct("_id", String.class)
                                .into(new ArrayList<>()))
                        .containsExactlyInAnyOrder("a#0", "a#1", "a#2"));
        assertThat(bulkWrites.get()).isGreaterThan(1);
    }

    @Test
    void aBatchWhoseEventsFailToBeStoredAsItCommitsIsHandledAgainRatherThanPassedBy() {
        // given a projection whose handling publishes an event with its batch (as a process's command does: the
        // command's events are stored as the batch commits) and records what it did with the batch, the first store
        // of such events failing
        Configuration instance = startInstance("only", 1);
        projection.echo = instance.eventBus();
        projection.batched = new BatchedSaves(new MongoTemplate(mongo, "processors-it-" + run));
        echoesFail.set(1);

        // when it handles an event
        publish("a", 0, false);

        // then what it published is stored in the end: the batch was handled again, its token not stored first
        await().atMost(Duration.ofSeconds(60))
                .until(() -> store.engine()
                        .readEvents(null, false)
                        .anyMatch(e -> e.getPayload() instanceof Echoed echoed
                                && echoed.run().equals(run)
                                && echoed.key().equals("a#0")));
        assertThat(echoesFail.get()).isNegative();
        // and its record was not written before its events were refused (the batch handled again would have found
        // it recorded and done nothing)
        assertThat(savedBeforeEventsFailed).isFalse();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> mongo.getDatabase("processors-it-" + run)
                                .getCollection("handled")
                                .countDocuments()
                        == 1);
    }

    @Test
    void eventsNoHandlerTakesCostNoTokenWriteEachYetThePositionReachesTheHead() {
        // given one instance following the store, up to date
        Configuration instance = startInstance("only", 1);
        publish("a", 0, false);
        await().atMost(Duration.ofSeconds(30)).until(() -> projection.count() == 1);
        int writesBefore = tokenWrites.get();

        // when 500 events of a type none of its handlers takes are stored in one go, then one it takes
        publishUnrelated(500);
        publish("a", 1, false);

        // then it handles its event having stored its token once or twice, not once for every few events it ignored
        // (Axon's tracking processor reads past ignored events for as long as it would wait for one: the read side's
        // token store is not written per event a processor does not take, and needs no help there)
        await().atMost(Duration.ofSeconds(30)).until(() -> projection.count() == 2);
        assertThat(tokenWrites.get() - writesBefore).isLessThanOrEqualTo(3);

        // and when only such events follow, its position still reaches the store's head (its lag reads 0)
        publishUnrelated(50);
        long head = head();
        await().atMost(Duration.ofSeconds(30)).until(() -> processorPosition(instance) == head);
    }

    @Test
    void segmentsAreSharedAmongTheReadyInstancesAndTakenOverWhenOneGoes() {
        // given one instance, which holds all four segments
        Configuration first = startInstance("first", 4);
        await().atMost(Duration.ofSeconds(30)).until(() -> claimed(first) == 4);

        // when a second instance becomes ready
        readyInstances.set(2);
        Configuration second = startInstance("second", 4);

        // then the first gives up its surplus and each holds two
        await().atMost(Duration.ofSeconds(60)).until(() -> claimed(first) == 2 && claimed(second) == 2);

        // and events of many aggregates are each handled once, in each aggregate's order, by whichever holds them
        for (long sequence = 0; sequence < 3; sequence++) {
            for (int aggregate = 0; aggregate < 20; aggregate++) {
                publish("agg-" + aggregate, sequence, false);
            }
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> projection.count() == 60);
        projection.handled.values().forEach(order -> assertThat(order).containsExactly(0L, 1L, 2L));

        // when the second instance goes (discovery no longer lists it)
        readyInstances.set(1);
        second.shutdown();
        instances.remove(second);

        // then the first takes every segment back and goes on handling every aggregate's events
        await().atMost(Duration.ofSeconds(60)).until(() -> claimed(first) == 4);
        for (int aggregate = 0; aggregate < 20; aggregate++) {
            publish("agg-" + aggregate, 3, false);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> projection.count() == 80);
        projection.handled.values().forEach(order -> assertThat(order).containsExactly(0L, 1L, 2L, 3L));
    }

    @Test
    void aStuckProcessorShowsAsLagAndAFailingSegmentUntilItCatchesUp() {
        // given one instance whose processor's lag and segments are metrics
        Configuration instance = startInstance("only", 1);
        SimpleMeterRegistry meters = metricsOf(instance);
        publish("a", 0, false);
        await().atMost(Duration.ofSeconds(30)).until(() -> projection.count() == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> gauge(meters, "peerlend.axon.processor.lag") == 0);
        assertThat(gauge(meters, "peerlend.axon.processor.segments")).isEqualTo(1);
        assertThat(gauge(meters, "peerlend.axon.processor.lag.seconds")).isZero();

        // when its read side goes down while three more events are stored
        projection.readSideDown = true;
        publish("a", 1, false);
        publish("a", 2, false);
        publish("a", 3, false);

        // then it shows three events behind, its segment failing
        await().atMost(Duration.ofSeconds(30))
                .until(() -> gauge(meters, "peerlend.axon.processor.segments.failing") == 1
                        && gauge(meters, "peerlend.axon.processor.lag") == 3);
        // and the oldest event it has not handled grows older while it is stuck
        await().atMost(Duration.ofSeconds(30)).until(() -> gauge(meters, "peerlend.axon.processor.lag.seconds") >= 2);

        // and when the read side is back, it catches up: no lag, nothing failing
        projection.readSideDown = false;
        await().atMost(Duration.ofSeconds(90)).until(() -> projection.count() == 4);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> gauge(meters, "peerlend.axon.processor.lag") == 0
                        && gauge(meters, "peerlend.axon.processor.segments.failing") == 0
                        && gauge(meters, "peerlend.axon.processor.lag.seconds") == 0);
    }

    @Test
    void aProcessorThatNoInstanceRunsStillShowsItsLagFromTheSharedTokenStore() {
        // given a store that already held events when the processor first started (so its token is a replay token
        // up to that head, as for any new read model on a running platform: the gauge once failed on it)
        store.engine()
                .appendEvents(new GenericDomainEventMessage<>(
                        "Thing", "earlier:" + run, 0, new Happened("earlier-" + run, "x", 0, false)));
        // and the only instance has handled an event
        Configuration instance = startInstance("only", 1);
        SimpleMeterRegistry meters = metricsOf(instance);
        publish("a", 0, false);
        await().atMost(Duration.ofSeconds(30)).until(() -> projection.count() == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> gauge(meters, "peerlend.axon.processor.lag") == 0);
        // and then its processor stopped (as when every instance stops it, or hangs)
        StreamingEventProcessor processor = instance.eventProcessingConfiguration()
                .eventProcessor(GROUP, StreamingEventProcessor.class)
                .orElseThrow();
        processor.shutDown();

        // when two more events are stored
        publish("a", 1, false);
        publish("a", 2, false);

        // then, holding no segment, the instance still shows the processor two events behind, the wait growing
        await().atMost(Duration.ofSeconds(10)).until(() -> gauge(meters, "peerlend.axon.processor.lag") == 2);
        assertThat(gauge(meters, "peerlend.axon.processor.segments")).isZero();
        await().atMost(Duration.ofSeconds(10)).until(() -> gauge(meters, "peerlend.axon.processor.lag.seconds") >= 1);

        // and once it runs again it catches up
        processor.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> projection.count() == 3);
        await().atMost(Duration.ofSeconds(10)).until(() -> gauge(meters, "peerlend.axon.processor.lag") == 0);
    }

    /** The platform's processor metrics of one instance, reading the test's shared token store as the platform does. */
    private SimpleMeterRegistry metricsOf(Configuration instance) {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        StoredTokens stored = new StoredTokens(
                mongo.getDatabase("processors-it-" + run).getCollection("trackingtokens"),
                JacksonSerializer.defaultSerializer());
        new ProcessorMetrics(store.engine(), stored, Clock.systemUTC())
                .bindTo(instance.eventProcessingConfiguration(), meters);
        return meters;
    }

    private static double gauge(SimpleMeterRegistry meters, String name) {
        return meters.get(name).tag("processor", GROUP).gauge().value();
    }
}
