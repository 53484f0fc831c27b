package io.peerlend.kyc.customers;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.peerlend.infra.testing.TestStores;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The re-screening job's stall signal (the alert PeerlendRescreeningStalled), on its real MongoDB records. */
class RescreeningStallTest {

    private static final Instant NOW = Instant.parse("2027-03-01T12:00:00Z");

    private final MongoClient client = MongoClients.create(TestStores.mongo().uri("rescreening-stall"));
    private final MongoTemplate mongo = new MongoTemplate(client, "rescreening-stall-" + UUID.randomUUID());
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void givenEveryRunDone_thenNothingIsWaiting() {
        run("v1", NOW.minusSeconds(86_400), Rescreening.Status.DONE);
        run("v0", NOW.minusSeconds(90_000), Rescreening.Status.SUPERSEDED);

        assertThat(Rescreening.oldestOpenSeconds(mongo, clock)).isZero();
    }

    @Test
    void givenARunAnnouncedTwoHoursAgoStillRunning_thenItsAgeIsShownWhateverNewerRunsWait() {
        run("v1", NOW.minusSeconds(86_400), Rescreening.Status.DONE);
        run("v2", NOW.minusSeconds(7_200), Rescreening.Status.RUNNING);
        run("v3", NOW.minusSeconds(60), Rescreening.Status.PENDING);

        assertThat(Rescreening.oldestOpenSeconds(mongo, clock)).isEqualTo(7_200);
    }

    private void run(String version, Instant announcedAt, Rescreening.Status status) {
        mongo.save(new Rescreening.Run(version, announcedAt, 0, null, null, null, status), Rescreening.RUNS);
    }
}
