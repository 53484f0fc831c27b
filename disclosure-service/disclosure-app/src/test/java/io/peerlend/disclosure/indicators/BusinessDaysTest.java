package io.peerlend.disclosure.indicators;

import static io.peerlend.platform.testing.RecordingMongo.batch;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.platform.testing.RecordingMongo;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** A business day's movements on the real read side (the development MongoDB wire server). */
class BusinessDaysTest {

    private static final LocalDate DAY = LocalDate.parse("2031-05-06");

    private final RecordingMongo recorded = new RecordingMongo("business-days");
    private final MongoTemplate mongo = recorded.template();
    private final BusinessDays days = new BusinessDays(mongo);

    @AfterEach
    void close() {
        recorded.close();
    }

    @Test
    void givenAProcessorsBatch_whenItsMovementsAreStored_thenOneWriteAsItCommitsAndTheDayAddsUp() {
        // given a batch of 100 movements of the loan book's processor, 10 of them withdrawal requests, and a grade
        UnitOfWork<?> batch = batch();
        for (int i = 0; i < 100; i++) {
            days.cash(DAY, "event-" + i, i % 10 == 0 ? -100 : 25, i % 10 == 0);
        }
        days.scored(DAY, "application-1", "B", "v2");

        // then nothing is written until the batch commits, and then one write (it was one per movement)
        assertThat(recorded.writes()).isEmpty();
        batch.commit();
        assertThat(recorded.writes()).containsExactly(BusinessDays.DAYS);
        // and the day counts each of them
        assertThat(days.closeCash(DAY)).isEqualTo(90 * 25 - 10 * 100);
        assertThat(days.withdrawals(DAY, 1)).isEqualTo(1_000);
        assertThat(days.gradesByVersion(DAY, 1)).isEqualTo(Map.of("v2", Map.of("B", 1L)));
    }

    @Test
    void givenABatchThatFails_whenItIsHandledAgainInOtherBatches_thenEachMovementCountsOnce() {
        // given a batch whose movements were written before it failed (a read in it wrote them out first)
        UnitOfWork<?> failed = batch();
        days.cash(DAY, "deposit-1", 1_000, false);
        days.cash(DAY, "deposit-2", 2_000, false);
        days.withdrawals(DAY, 1);
        failed.rollback(new IllegalStateException("a later handler failed"));
        // and a batch that failed before anything was written
        UnitOfWork<?> lost = batch();
        days.cash(DAY, "deposit-3", 4_000, false);
        lost.rollback(new IllegalStateException("a handler failed"));

        // when the same events come again, split differently (so the batch's document is another one)
        UnitOfWork<?> first = batch();
        days.cash(DAY, "deposit-2", 2_000, false);
        first.commit();
        UnitOfWork<?> second = batch();
        days.cash(DAY, "deposit-3", 4_000, false);
        days.cash(DAY, "deposit-1", 1_000, false);
        second.commit();

        // then each counts once
        assertThat(days.closeCash(DAY)).isEqualTo(7_000);
    }

    @Test
    void givenADateMoveInTheSameBatchAsTheDaysLastMovements_whenTheDayCloses_thenItCountsThem() {
        UnitOfWork<?> batch = batch();
        days.cash(DAY, "deposit-late", 800, false);

        assertThat(days.closeCash(DAY)).isEqualTo(800);
        batch.commit();
        assertThat(days.closeCash(DAY)).isEqualTo(800);
    }

    @Test
    void givenABusyDay_whenItsMovementsAreStored_thenNoDocumentHoldsMoreThanAShareOfThemAndTheDayStillAddsUp() {
        // given 4,000 lenders' movements on one day, a tenth of them withdrawal requests
        long cash = 0;
        long withdrawn = 0;
        for (int i = 0; i < 4_000; i++) {
            long amount = 1 + i % 97;
            boolean withdrawal = i % 10 == 0;
            days.cash(DAY, "event-" + i, withdrawal ? -amount : amount, withdrawal);
            cash += withdrawal ? -amount : amount;
            withdrawn += withdrawal ? amount : 0;
        }

        // then every document stays small however busy the day (one per day held all 4,000: every movement rewrote
        // it, and a busy enough day would pass MongoDB's 16 MB limit)
        int largest = 0;
        for (Document d : mongo.getCollection(BusinessDays.DAYS).find()) {
            largest = Math.max(largest, d.get("cash", Map.class).size());
        }
        assertThat(largest).isLessThanOrEqualTo(4_000 / 64);

        // and the day's close and its withdrawals count every movement once
        assertThat(days.closeCash(DAY)).isEqualTo(cash);
        assertThat(days.withdrawals(DAY, 30)).isEqualTo(withdrawn);
    }

    @Test
    void givenAMovementStoredTwice_whenTheDayCloses_thenItCountsOnce() {
        // given a movement redelivered (its processor's batch failed after writing it), and another one
        days.cash(DAY, "deposit-1", 10_000, false);
        days.cash(DAY, "deposit-1", 10_000, false);
        days.cash(DAY, "withdrawal-1", -2_500, true);
        days.cash(DAY, "withdrawal-1", -2_500, true);

        // when the day closes, then each counts once
        assertThat(days.closeCash(DAY)).isEqualTo(7_500);
        assertThat(days.withdrawals(DAY, 1)).isEqualTo(2_500);
        // and closing it again changes nothing
        assertThat(days.closeCash(DAY)).isEqualTo(7_500);
    }

    @Test
    void givenAMovementStoredWhenADayHadFewerDocuments_whenItIsRedeliveredNow_thenItCountsOnce() {
        // given a movement stored when a day was spread over 32 documents (its key in the document its hash picked
        // then)
        String key = "deposit-before";
        mongo.getCollection(BusinessDays.DAYS)
                .insertOne(new Document("_id", DAY + "#" + Math.floorMod(key.hashCode(), 32))
                        .append("cash", new Document(key, 4_000L)));
        // when its event is delivered again now, and another movement is stored
        days.cash(DAY, key, 4_000, false);
        days.cash(DAY, "deposit-after", 500, false);

        // then the day counts it once
        assertThat(days.closeCash(DAY)).isEqualTo(4_500);
    }

    @Test
    void givenMovementsBeforeTheFirstBusinessDateAndGradesOverSeveralDays_whenRead_thenAllAreCounted() {
        // given cash that arrived before the platform knew its business date, and cash and grades on two days
        days.cash(null, "early", 1_000, false);
        days.cash(DAY.minusDays(1), "yesterday", 500, false);
        days.cash(DAY, "today", 250, false);
        for (int i = 0; i < 40; i++) {
            days.scored(i % 2 == 0 ? DAY : DAY.minusDays(1), "application-" + i, i % 4 < 2 ? "A" : "E", "v1");
        }
        days.scored(DAY, "application-v2", "B", "v2");

        // when the two days close in order, then the opening cash counts in the first
        assertThat(days.closeCash(DAY.minusDays(1))).isEqualTo(1_500);
        assertThat(days.closeCash(DAY)).isEqualTo(1_750);
        // and the grades of both days are counted per model version
        assertThat(days.gradesByVersion(DAY, 2))
                .isEqualTo(Map.of("v1", Map.of("A", 20L, "E", 20L), "v2", Map.of("B", 1L)));
        assertThat(days.gradesByVersion(DAY, 1).get("v1").values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(20);
    }

    @Test
    void givenADayStoredInOneDocumentBeforeItWasSpread_whenRead_thenItsMovementsStillCount() {
        // given a day written by the earlier form (one document, _id the day)
        mongo.getCollection(BusinessDays.DAYS)
                .insertOne(new Document("_id", DAY.toString())
                        .append("cash", new Document("old-deposit", 4_000L).append("old-withdrawal", -1_000L))
                        .append("withdrawals", new Document("old-withdrawal", 1_000L))
                        .append("grades", new Document("old-application", "C@v1")));
        // and movements after the change
        days.cash(DAY, "new-deposit", 300, false);

        // then the day adds both up
        assertThat(days.closeCash(DAY)).isEqualTo(3_300);
        assertThat(days.withdrawals(DAY, 1)).isEqualTo(1_000);
        assertThat(days.gradesByVersion(DAY, 1)).isEqualTo(Map.of("v1", Map.of("C", 1L)));
    }
}
