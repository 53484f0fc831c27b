package io.peerlend.platform.axon;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import io.peerlend.platform.axon.EventStoreMigrationAutoConfiguration.RetryingMigration;
import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;

/**
 * The event store's migration when another service is migrating the same store at that moment (the cluster run's
 * scoring instance failed to start on "Unable to baseline schema history table ... as it already exists, and is
 * empty").
 */
class RetryingMigrationTest {

    private static final FlywayException RACE = new FlywayException(
            "Unable to baseline schema history table \"public\".\"event_store_schema_history\" as it already exists,"
                    + " and is empty.");

    @Test
    void givenAnotherServiceMigratingAtTheSameMoment_whenTheFirstAttemptsFail_thenALaterOneSucceeds() {
        Flyway flyway = mock(Flyway.class);
        doThrow(RACE).doThrow(RACE).doReturn(null).when(flyway).migrate();

        new RetryingMigration(5, Duration.ofMillis(1)).migrate(flyway);

        verify(flyway, times(3)).migrate();
    }

    @Test
    void givenAMigrationThatKeepsFailing_whenEveryAttemptIsSpent_thenTheServiceStopsWithTheCause() {
        Flyway flyway = mock(Flyway.class);
        doThrow(RACE).when(flyway).migrate();

        assertThatThrownBy(() -> new RetryingMigration(3, Duration.ofMillis(1)).migrate(flyway))
                .isSameAs(RACE);
        verify(flyway, times(3)).migrate();
    }
}
