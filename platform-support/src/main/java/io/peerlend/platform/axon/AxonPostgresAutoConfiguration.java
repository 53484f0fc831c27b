package io.peerlend.platform.axon;

import com.mongodb.client.MongoClient;
import io.peerlend.platform.observability.CorrelationId;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.slf4j.MDC;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Axon on the shared PostgreSQL event store, declared by hand because Axon's JDBC auto-configuration switches itself
 * off on Spring Boot 4 (docs/architecture.md, "Decisions"). The tables come from the Flyway migration in {@code db/eventstore}. Tracking
 * tokens live in this service's own MongoDB database, so each service follows the store at its own pace.
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
            "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration"
        },
        beforeName = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration")
@ConditionalOnClass({JdbcEventStorageEngine.class, MongoTokenStore.class})
public class AxonPostgresAutoConfiguration {

    /** snake_case names, as in {@code db/eventstore/V1__axon_event_store.sql} (Axon's default is camelCase). */
    public static final EventSchema EVENT_SCHEMA = EventSchema.builder()
            .eventTable("domain_event_entry")
            .snapshotTable("snapshot_event_entry")
            .globalIndexColumn("global_index")
            .eventIdentifierColumn("event_identifier")
            .metaDataColumn("meta_data")
            .payloadColumn("payload")
            .payloadRevisionColumn("payload_revision")
            .payloadTypeColumn("payload_type")
            .timestampColumn("time_stamp")
            .aggregateIdentifierColumn("aggregate_identifier")
            .sequenceNumberColumn("sequence_number")
            .typeColumn("type")
            .build();

    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }

    @Bean
    ConnectionProvider eventStoreConnectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    @Bean
    PersistenceExceptionResolver eventStoreExceptionResolver() {
        return new PostgresDuplicateKeyResolver();
    }

    @Bean
    EventStorageEngine eventStorageEngine(
            Serializer defaultSerializer,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            ConnectionProvider eventStoreConnectionProvider,
            TransactionManager axonTransactionManager,
            PersistenceExceptionResolver eventStoreExceptionResolver,
            EventUpcasterChain eventUpcasterChain) {
        return JdbcEventStorageEngine.builder()
                .upcasterChain(eventUpcasterChain)
                .snapshotSerializer(defaultSerializer)
                .eventSerializer(eventSerializer)
                .connectionProvider(eventStoreConnectionProvider)
                .transactionManager(axonTransactionManager)
                .persistenceExceptionResolver(eventStoreExceptionResolver)
                .schema(EVENT_SCHEMA)
                .build();
    }

    /** Events stored under a class name that has moved are read under the new one (each contract lists its moves). */
    @Bean
    EventUpcasterChain eventUpcasterChain() {
        return new EventUpcasterChain(MovedEventTypes.fromClassPath(getClass().getClassLoader()));
    }

    @Bean
    TokenStore tokenStore(
            MongoClient mongoClient,
            Serializer defaultSerializer,
            @Value("${peerlend.axon.token-database:${spring.application.name}}") String database) {
        return new RecentClaims(
                MongoTokenStore.builder()
                        .mongoTemplate(DefaultMongoTemplate.builder()
                                .mongoDatabase(mongoClient, database)
                                .build())
                        .serializer(defaultSerializer)
                        .claimTimeout(CLAIM_TIMEOUT)
                        .build(),
                Clock.systemUTC());
    }

    /**
     * How long a processor's claim on a segment lasts without being extended: after this, another instance may take
     * the segment (Axon's default, named because an idle processor's wait must stay well inside it:
     * {@link EventProcessorsAutoConfiguration#IDLE_WAIT}).
     */
    static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(10);

    /** The same tokens, read without claiming: each processor's lag over all its segments ({@link ProcessorMetrics}). */
    @Bean
    StoredTokens storedTokens(
            MongoClient mongoClient,
            Serializer defaultSerializer,
            @Value("${peerlend.axon.token-database:${spring.application.name}}") String database) {
        return new StoredTokens(
                DefaultMongoTemplate.builder()
                        .mongoDatabase(mongoClient, database)
                        .build()
                        .trackingTokensCollection(),
                defaultSerializer);
    }

    /**
     * Event processors run without the JDBC transaction. With one, Axon stores a processor's token before handling a
     * batch and counts on the rollback to undo it on failure; our tokens live in MongoDB, outside that transaction, so a
     * failed event would be skipped. Without it, the token is stored as the batch commits, after everything else the
     * batch does ({@link RecentClaims}): a failed event is retried, and one handled just before a crash is handled
     * again (every handler is idempotent).
     */
    @Bean
    ConfigurerModule tokensAfterProcessing() {
        return configurer ->
                configurer.eventProcessing().registerDefaultTransactionManager(c -> NoTransactionManager.instance());
    }

    /**
     * The command gateway every controller and process uses: a command that lost a race for its aggregate (see
     * {@link ConflictRetryScheduler}) is sent again, up to three times, before the caller hears of the conflict.
     */
    @Bean
    CommandGateway commandGateway(CommandBus commandBus) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(new ConflictRetryScheduler(3, 10))
                .build();
    }

    @Bean
    ConcurrentChangeAdvice concurrentChangeAdvice() {
        return new ConcurrentChangeAdvice();
    }

    /** Copies the request's correlation id from each command into the events it causes. */
    @Bean
    CorrelationDataProvider correlationIdProvider() {
        return new SimpleCorrelationDataProvider(CorrelationId.MDC_KEY);
    }

    /**
     * Puts the current request's correlation id (from the MDC) on every command sent, unless it already carries one,
     * so controllers just send their commands.
     */
    @Bean
    SmartInitializingSingleton correlationIdOnCommands(CommandBus commandBus) {
        return () -> commandBus.registerDispatchInterceptor(messages -> (index, message) -> {
            String id = MDC.get(CorrelationId.MDC_KEY);
            return id == null || message.getMetaData().containsKey(CorrelationId.MDC_KEY)
                    ? message
                    : message.andMetaData(Map.of(CorrelationId.MDC_KEY, id));
        });
    }
}
