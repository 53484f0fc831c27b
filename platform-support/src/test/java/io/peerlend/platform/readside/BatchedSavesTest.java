package io.peerlend.platform.readside;

import static io.peerlend.platform.testing.RecordingMongo.batch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerlend.platform.testing.RecordingMongo;
import java.util.List;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** A batch's saves reach the development MongoDB server together as the batch commits, or not at all. */
class BatchedSavesTest {

    record Entry(String id, long amount) {}

    private final RecordingMongo recorded = new RecordingMongo("batched-saves");
    private final MongoTemplate mongo = recorded.template();
    private final BatchedSaves saves = new BatchedSaves(mongo);

    @AfterEach
    void close() {
        recorded.close();
    }

    private long amountOf(String id) {
        Document stored =
                mongo.getCollection("entries").find(new Document("_id", id)).first();
        return stored == null ? -1 : stored.getLong("amount");
    }

    @Test
    void givenABatch_whenItSavesSeveralDocuments_thenTheyAreWrittenInOneRoundTripAsItCommits() {
        // given a processor's batch
        UnitOfWork<?> batch = batch();

        // when its handlers save three entries, one of them twice
        saves.save(new Entry("e-1", 100), "entries");
        saves.save(new Entry("e-2", 200), "entries");
        saves.save(new Entry("e-1", 150), "entries");
        saves.save(new Entry("e-3", 300), "entries");

        // then nothing is written before the batch commits
        assertThat(recorded.writes()).isEmpty();
        batch.commit();
        // and then all of them in one round trip, each as last saved
        assertThat(recorded.writes()).containsExactly("entries");
        assertThat(amountOf("e-1")).isEqualTo(150);
        assertThat(amountOf("e-2")).isEqualTo(200);
        assertThat(amountOf("e-3")).isEqualTo(300);
    }

    @Test
    void givenADocumentSavedInTheBatch_whenItIsReadBackInIt_thenThePendingVersionIsFoundWithoutARoundTrip() {
        mongo.save(new Entry("e-1", 100), "entries");
        recorded.clear();
        UnitOfWork<?> batch = batch();

        saves.save(new Entry("e-1", 150), "entries");

        // then the batch reads what it saved, others read what is stored
        assertThat(saves.findById("e-1", Entry.class, "entries")).isEqualTo(new Entry("e-1", 150));
        assertThat(amountOf("e-1")).isEqualTo(100);
        // and a document the batch has not saved is read from the store
        mongo.save(new Entry("e-2", 200), "entries");
        assertThat(saves.findById("e-2", Entry.class, "entries")).isEqualTo(new Entry("e-2", 200));
        assertThat(saves.findById("e-3", Entry.class, "entries")).isNull();
        batch.commit();
        assertThat(amountOf("e-1")).isEqualTo(150);
    }

    @Test
    void givenDocumentsPreloadedForABatch_whenReadInIt_thenNoRoundTripEachAndItsOwnSavesWin() {
        mongo.save(new Entry("e-1", 100), "entries");
        mongo.save(new Entry("e-2", 200), "entries");
        recorded.clear();
        UnitOfWork<?> batch = batch();

        // when the batch reads the three documents it will need in one query
        saves.preload(List.of("e-1", "e-2", "e-3"), "entries");

        // then each is found (or found missing) without another round trip
        assertThat(saves.findById("e-1", Entry.class, "entries")).isEqualTo(new Entry("e-1", 100));
        assertThat(saves.findById("e-3", Entry.class, "entries")).isNull();
        saves.save(new Entry("e-2", 250), "entries");
        assertThat(saves.findById("e-2", Entry.class, "entries")).isEqualTo(new Entry("e-2", 250));
        assertThat(recorded.reads()).containsExactly("entries");
        // and a document it did not preload is read from the store
        assertThat(saves.findById("e-4", Entry.class, "entries")).isNull();
        assertThat(recorded.reads()).containsExactly("entries", "entries");
        batch.commit();
    }

    @Test
    void givenAWriteOrder_whenABatchSavesToSeveralCollections_thenTheyAreWrittenInThatOrder() {
        // given saves whose "lines" must be stored before the "accounts" that count them
        BatchedSaves ordered = new BatchedSaves(mongo, List.of("lines", "accounts"));
        UnitOfWork<?> batch = batch();

        // when an account is saved before its line in the batch
        ordered.save(new Entry("a-1", 1), "accounts");
        ordered.save(new Entry("l-1", 1), "lines");
        ordered.save(new Entry("x-1", 1), "others");
        batch.commit();

        // then the lines go first, then the accounts, then the rest
        assertThat(recorded.writes()).containsExactly("lines", "accounts", "others");
    }

    @Test
    void givenABatchThatFails_thenNothingOfItIsWritten() {
        UnitOfWork<?> batch = batch();
        saves.save(new Entry("e-1", 100), "entries");

        batch.rollback(new IllegalStateException("a handler failed"));

        assertThat(recorded.writes()).isEmpty();
        assertThat(amountOf("e-1")).isEqualTo(-1);
    }

    @Test
    void givenNoBatch_thenASaveIsWrittenAtOnce() {
        saves.save(new Entry("e-1", 100), "entries");

        assertThat(amountOf("e-1")).isEqualTo(100);
    }

    @Test
    void givenADocumentWithoutAnId_thenItIsRefusedRatherThanGivenARandomOne() {
        UnitOfWork<?> batch = batch();
        try {
            assertThatThrownBy(() -> saves.save(new Entry(null, 1), "entries"))
                    .isInstanceOf(IllegalArgumentException.class);
        } finally {
            batch.rollback();
        }
    }
}
