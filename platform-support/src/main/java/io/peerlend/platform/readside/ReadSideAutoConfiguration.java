package io.peerlend.platform.readside;

import com.mongodb.WriteConcern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The read side's MongoDB client as a production replica set needs it (docs/architecture.md, "Many instances"): a
 * write is acknowledged only once a majority of the members has it in their journals, so a fail-over never loses a
 * projection update or a tracking token the processor already counted as done; reads and writes interrupted by a
 * fail-over are retried once by the driver (its retryable writes and reads). On the development server, a single
 * process, the same settings hold trivially.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration")
@ConditionalOnClass(MongoClientSettingsBuilderCustomizer.class)
public class ReadSideAutoConfiguration {

    @Bean
    MongoClientSettingsBuilderCustomizer replicaSetDurability() {
        return settings -> settings.writeConcern(WriteConcern.MAJORITY.withJournal(true))
                .retryWrites(true)
                .retryReads(true);
    }

    /** The indexes the service declares ({@link ReadModelIndexes} beans), created at start-up. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MongoTemplate.class)
    static class Indexes {

        @Bean
        ReadModelIndexCreator readModelIndexCreator(MongoTemplate mongo, ObjectProvider<ReadModelIndexes> declared) {
            return new ReadModelIndexCreator(
                    mongo,
                    declared.orderedStream().flatMap(d -> d.all().stream()).toList());
        }
    }

    /**
     * MongoDB's health by {@code ping}, which a replica set and the development wire server both answer. Spring
     * Boot's own indicator asks {@code hello}, which the development server does not know, so every service's health
     * said DOWN there (found by the operations portal's system page).
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({HealthIndicator.class, MongoTemplate.class})
    static class ReadSideHealth {

        @Bean
        HealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
            return () -> {
                try {
                    mongo.executeCommand("{ ping: 1 }");
                    return Health.up().build();
                } catch (RuntimeException e) {
                    return Health.down().withException(e).build();
                }
            };
        }
    }
}
