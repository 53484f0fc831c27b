package io.peerlend.kyc.aml;

import static io.peerlend.platform.testing.RecordingMongo.batch;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.kyc.aml.TransactionMonitor.Customer;
import io.peerlend.kyc.aml.domain.MoneyMovement;
import io.peerlend.platform.testing.RecordingMongo;
import java.time.Instant;
import java.util.List;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Monitoring records as a batch of the monitor sees and writes them, on the real read side. */
class MonitoringRecordsTest {

    private static final Instant AT = Instant.parse("2031-05-06T10:00:00Z");

    private final RecordingMongo recorded = new RecordingMongo("aml-records");
    private final MongoTemplate mongo = recorded.template();
    private final MonitoringRecords records = new MonitoringRecords(mongo);

    @AfterEach
    void close() {
        recorded.close();
    }

    private static MoneyMovement deposit(String id) {
        return new MoneyMovement(id, MoneyMovement.Kind.DEPOSIT, 100_00, "GBP", AT);
    }

    private static MoneyMovement lent(String loan) {
        return new MoneyMovement(loan + "/l-1", MoneyMovement.Kind.LENT, 25_00, "GBP", AT);
    }

    private Customer stored(String id) {
        return mongo.findById(id, Customer.class, TransactionMonitor.COLLECTION);
    }

    @Test
    void givenABatch_whenItChangesRecords_thenItSeesItsChangesAndOthersSeeThemOnlyOnceItCommits() {
        // given a lender's record with a deposit
        records.save(new Customer("l-1", List.of(deposit("in-1")), null, null));
        UnitOfWork<?> batch = batch();

        // when the batch lends a part without reading the record, then judges a second deposit
        records.lent("l-1", lent("loan-1"));
        Customer read = records.find("l-1");
        records.save(new Customer("l-1", List.of(deposit("in-1"), deposit("in-2")), "case-1", read.lastLent()));
        records.lent("l-1", lent("loan-2"));
        // and lends for another lender it never reads
        records.lent("l-2", lent("loan-3"));

        // then the batch reads its own changes, while the store still holds the record as it was
        assertThat(read.lastLent().id()).isEqualTo("loan-1/l-1");
        assertThat(records.find("l-1").lastLent().id()).isEqualTo("loan-2/l-1");
        assertThat(stored("l-1").movements()).hasSize(1);
        assertThat(stored("l-2")).isNull();
        batch.commit();

        // and once it commits, everything it changed is stored
        assertThat(stored("l-1").movements()).extracting(MoneyMovement::id).containsExactly("in-1", "in-2");
        assertThat(stored("l-1").openCaseId()).isEqualTo("case-1");
        assertThat(stored("l-1").lastLent().id()).isEqualTo("loan-2/l-1");
        assertThat(stored("l-2").lastLent().id()).isEqualTo("loan-3/l-1");
    }

    @Test
    void givenABatchThatFails_thenNothingOfItIsStoredAndTheRecordIsJudgedAgainAsItWas() {
        records.save(new Customer("l-1", List.of(deposit("in-1")), null, null));
        UnitOfWork<?> batch = batch();
        records.save(new Customer("l-1", List.of(deposit("in-1"), deposit("in-2")), "case-1", null));
        records.lent("l-2", lent("loan-3"));

        batch.rollback(new IllegalStateException("a later event's handler failed"));

        assertThat(records.find("l-1").movements()).hasSize(1);
        assertThat(records.find("l-1").openCaseId()).isNull();
        assertThat(records.find("l-2")).isNull();
    }
}
