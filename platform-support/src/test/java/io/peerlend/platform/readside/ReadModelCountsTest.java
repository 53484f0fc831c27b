package io.peerlend.platform.readside;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.peerlend.infra.testing.TestStores;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;

/** A read model's documents counted by a field into one gauge per value, on the development MongoDB server. */
class ReadModelCountsTest {

    private final String database = "counts-" + UUID.randomUUID();
    private final MongoClient client = MongoClients.create(TestStores.mongo().uri(database));
    private final MongoTemplate mongo = new MongoTemplate(client, database);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ReadModelCounts applications = new ReadModelCounts(
            meters,
            mongo,
            "peerlend.applications",
            "applications by status",
            "loan_applications",
            "status",
            "status",
            () -> Criteria.where("status").ne("WITHDRAWN"));

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void givenApplicationsInSeveralStatuses_whenCounted_thenEachStatusHasItsGaugeAndTheFilterIsKept() {
        insert("SUBMITTED", "SUBMITTED", "SCORED", "WITHDRAWN");

        applications.refresh();

        assertThat(count("SUBMITTED")).isEqualTo(2);
        assertThat(count("SCORED")).isEqualTo(1);
        assertThat(meters.find("peerlend.applications")
                        .tag("status", "WITHDRAWN")
                        .gauge())
                .isNull();
    }

    @Test
    void givenTheReadModelChanged_whenCountedAgain_thenTheGaugesFollowAndAnEmptiedStatusLeaves() {
        insert("SUBMITTED");
        applications.refresh();
        mongo.getCollection("loan_applications")
                .updateMany(new Document(), new Document("$set", new Document("status", "QUOTED")));
        insert("SCORED");

        applications.refresh();

        assertThat(count("QUOTED")).isEqualTo(1);
        assertThat(count("SCORED")).isEqualTo(1);
        assertThat(meters.find("peerlend.applications")
                        .tag("status", "SUBMITTED")
                        .gauge())
                .isNull();
    }

    private void insert(String... statuses) {
        for (String status : statuses) {
            mongo.getCollection("loan_applications")
                    .insertOne(new Document("_id", UUID.randomUUID().toString()).append("status", status));
        }
    }

    private double count(String status) {
        return meters.get("peerlend.applications").tag("status", status).gauge().value();
    }
}
