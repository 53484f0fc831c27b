package io.peerlend.platform.axon;

import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;

/**
 * The event store's migration, tried again when another service migrating the same store at the same moment got in
 * first. Every event-sourced service migrates the one shared schema at start (baseline on migrate, since the schema
 * also holds other tables); when two start together, the second can find the history table the first has just created
 * still empty and refuse to baseline ("already exists, and is empty"). A moment later the first has finished and the
 * second's migration finds nothing to do. Seen when the cluster mode started eleven JVMs at once.
 */
@AutoConfiguration
@ConditionalOnClass({Flyway.class, FlywayMigrationStrategy.class})
public class EventStoreMigrationAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    FlywayMigrationStrategy retryingMigration() {
        return new RetryingMigration(10, Duration.ofSeconds(2));
    }

    /** Migrates, and on a failure tries again after a pause, up to {@code attempts} times in all. */
    public record RetryingMigration(int attempts, Duration pause) implements FlywayMigrationStrategy {

        private static final Logger LOG = LoggerFactory.getLogger(RetryingMigration.class);

        @Override
        public void migrate(Flyway flyway) {
            for (int attempt = 1; ; attempt++) {
                try {
                    flyway.migrate();
                    return;
                } catch (FlywayException e) {
                    if (attempt >= attempts) {
                        throw e;
                    }
                    LOG.warn(
                            "event store migration attempt {} of {} failed (another service migrating at the same"
                                    + " moment?), trying again: {}",
                            attempt,
                            attempts,
                            e.getMessage());
                    try {
                        Thread.sleep(pause.toMillis());
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        throw e;
                    }
                }
            }
        }
    }
}
