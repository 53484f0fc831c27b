package io.peerlend.platform.testing;

import com.zaxxer.hikari.HikariDataSource;
import io.peerlend.infra.testing.TestStores;
import io.peerlend.platform.axon.AxonPostgresAutoConfiguration;
import io.peerlend.platform.axon.PostgresDuplicateKeyResolver;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.flywaydb.core.Flyway;

/**
 * An Axon event store on the test JVM's real PostgreSQL without Spring, configured as the services configure theirs
 * (the snake_case schema from the Flyway migrations, the PostgreSQL duplicate-key resolver, the Jackson serializer):
 * for tests that run several Axon configurations ("instances") on one store.
 */
public final class JdbcEventStores {

    /** The store and its connection pool; closing it closes the pool. */
    public record Store(HikariDataSource dataSource, JdbcEventStorageEngine engine) implements AutoCloseable {
        @Override
        public void close() {
            dataSource.close();
        }
    }

    private JdbcEventStores() {}

    /** A store in {@code database} (created when missing, migrated), with a pool of {@code connections}. */
    public static Store open(String database, int connections) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(ServiceTests.ownEventStore(database));
        dataSource.setUsername(TestStores.postgres().username());
        dataSource.setMaximumPoolSize(connections);
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/eventstore")
                .table("event_store_schema_history")
                .load()
                .migrate();
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        return new Store(
                dataSource,
                JdbcEventStorageEngine.builder()
                        .connectionProvider(dataSource::getConnection)
                        .transactionManager(NoTransactionManager.instance())
                        .persistenceExceptionResolver(new PostgresDuplicateKeyResolver())
                        .eventSerializer(serializer)
                        .snapshotSerializer(serializer)
                        .schema(AxonPostgresAutoConfiguration.EVENT_SCHEMA)
                        .build());
    }
}
