package io.peerlend.platform.readside;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.peerlend.infra.testing.TestStores;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Declared read-model indexes as they reach MongoDB (the development wire server, over a real connection). */
class ReadModelIndexesTest {

    private final MongoClient client = MongoClients.create(TestStores.mongo().uri("indexes"));
    private final MongoTemplate mongo = new MongoTemplate(client, "indexes-" + UUID.randomUUID());

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void givenDeclaredIndexes_whenTheServiceStarts_thenEachExistsWithItsKeysInOrderAndDirection() {
        ReadModelIndexCreator indexes = new ReadModelIndexCreator(
                mongo,
                List.of(
                        ReadModelIndex.on("loan_applications", "borrowerId", "-submittedAt"),
                        ReadModelIndex.on("loans", "status", "bucket")));

        indexes.afterSingletonsInstantiated();

        Document byBorrower = index("loan_applications", "by_borrowerId_desc_submittedAt");
        assertThat(byBorrower.get("key", Document.class))
                .containsExactly(entry("borrowerId", 1), entry("submittedAt", -1));
        assertThat(index("loans", "by_status_bucket").get("key", Document.class).keySet())
                .containsExactly("status", "bucket");
    }

    @Test
    void givenIndexesThatExist_whenTheServiceStartsAgain_thenNothingChangesAndNothingFails() {
        List<ReadModelIndex> declared = List.of(ReadModelIndex.on("offers", "status"));
        new ReadModelIndexCreator(mongo, declared).afterSingletonsInstantiated();

        new ReadModelIndexCreator(mongo, declared).afterSingletonsInstantiated();

        assertThat(mongo.getCollection("offers").listIndexes().into(new ArrayList<>()))
                .extracting(d -> d.getString("name"))
                .containsExactlyInAnyOrder("_id_", "by_status");
    }

    @Test
    void givenADeclaredIndexTheReadSideLacks_thenItIsNamedAsMissing() {
        ReadModelIndexes declared = ReadModelIndexes.of(
                ReadModelIndex.on("complaints", "customerId", "-raisedAt"), ReadModelIndex.on("complaints", "status"));
        new ReadModelIndexCreator(mongo, List.of(declared.all().get(1))).afterSingletonsInstantiated();

        assertThat(declared.missingIn(mongo)).containsExactly(declared.all().get(0));
    }

    @Test
    void givenAnIndexWithoutKeys_thenItIsRefusedWhereItIsDeclared() {
        assertThatThrownBy(() -> ReadModelIndex.on("offers")).isInstanceOf(IllegalArgumentException.class);
    }

    private Document index(String collection, String name) {
        return mongo.getCollection(collection).listIndexes().into(new ArrayList<>()).stream()
                .filter(d -> name.equals(d.getString("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no index " + name + " on " + collection));
    }
}
