package io.peerlend.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.infra.testing.TestStores;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.json.JacksonSerializer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Two writers append the same aggregate's next event at the same moment on the real PostgreSQL event store (as two
 * instances of a service would): one wins, and the other is told so as Axon's {@link ConcurrencyException} (or, for
 * an aggregate's first event, {@link AggregateStreamCreationException}), which the services answer with a retry or
 * 409 — not as an anonymous storage failure that ends as a 500.
 */
class EventStoreConflictIT {

    private static JdbcEventStorageEngine engine;

    @BeforeAll
    static void store() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(TestStores.postgres().jdbcUrl());
        dataSource.setUser(TestStores.postgres().username());
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/eventstore")
                .table("event_store_schema_history")
                .load()
                .migrate();
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        engine = JdbcEventStorageEngine.builder()
                .connectionProvider(dataSource::getConnection)
                .transactionManager(NoTransactionManager.instance())
                .persistenceExceptionResolver(new AxonPostgresAutoConfiguration().eventStoreExceptionResolver())
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .schema(AxonPostgresAutoConfiguration.EVENT_SCHEMA)
                .build();
    }

    private static GenericDomainEventMessage<String> event(String aggregate, long sequence, String writer) {
        return new GenericDomainEventMessage<>("Race", aggregate, sequence, "written by " + writer);
    }

    /** Both writers append at the barrier; returns what each was told (null when it won). */
    private static List<Throwable> race(String aggregate, long sequence) throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try {
            List<Future<Throwable>> outcomes = new ArrayList<>();
            for (String writer : List.of("one", "two")) {
                outcomes.add(writers.submit(() -> {
                    together.await();
                    try {
                        engine.appendEvents(event(aggregate, sequence, writer));
                        return null;
                    } catch (RuntimeException refused) {
                        return refused;
                    }
                }));
            }
            List<Throwable> told = new ArrayList<>();
            for (Future<Throwable> outcome : outcomes) {
                told.add(outcome.get());
            }
            return told;
        } finally {
            writers.shutdownNow();
        }
    }

    @RepeatedTest(5)
    void givenAnAggregate_whenTwoWritersAppendItsNextEventAtOnce_thenOneWinsAndTheOtherGetsAConcurrencyException()
            throws Exception {
        String aggregate = "race-" + UUID.randomUUID();
        engine.appendEvents(event(aggregate, 0, "creator"));

        List<Throwable> told = race(aggregate, 1);

        assertThat(told).filteredOn(t -> t == null).hasSize(1);
        assertThat(told).filteredOn(t -> t != null).singleElement().isInstanceOf(ConcurrencyException.class);
        assertThat(engine.readEvents(aggregate).asStream().count()).isEqualTo(2);
    }

    @RepeatedTest(3)
    void givenNoAggregate_whenTwoWritersCreateItAtOnce_thenOneWinsAndTheOtherIsToldTheStreamExists() throws Exception {
        String aggregate = "race-" + UUID.randomUUID();

        List<Throwable> told = race(aggregate, 0);

        assertThat(told).filteredOn(t -> t == null).hasSize(1);
        assertThat(told)
                .filteredOn(t -> t != null)
                .singleElement()
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThat(engine.readEvents(aggregate).asStream().count()).isEqualTo(1);
    }
}
