package io.peerlend.disclosure.loanbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.peerlend.calendar.api.BusinessDateAdvanced;
import io.peerlend.infra.testing.TestStores;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The business date the loan book's processing group dates each cash movement by, read once per batch (on the real
 * MongoDB wire server): a movement after the date advanced in the same batch still lands in the new day.
 */
class LoanBookBusinessDateIT {

    private static final Instant AT = Instant.parse("2027-03-01T18:00:00Z");
    private static final LocalDate FIRST = LocalDate.parse("2027-03-01");
    private static final LocalDate SECOND = LocalDate.parse("2027-03-02");

    private final String database = "loan-book-date-" + UUID.randomUUID();
    private final MongoClient client = MongoClients.create(TestStores.mongo().uri(database));
    private final MongoTemplate mongo = new MongoTemplate(client, database);
    private final LoanBook book = new LoanBook(mongo);

    @AfterEach
    void close() {
        client.close();
    }

    /** One batch of the processor: its handlers in one unit of work. */
    private static void batch(Runnable handlers) {
        DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"))
                .execute(handlers);
    }

    @Test
    void givenADate_whenItAdvancesBetweenTwoMovementsOfOneBatch_thenEachIsDatedByTheDateAtItsTurn() {
        batch(() -> book.on(new BusinessDateAdvanced(null, FIRST, "ops", AT)));
        List<LocalDate> seen = new ArrayList<>();

        batch(() -> {
            seen.add(book.businessDate()); // a movement before the close
            book.on(new BusinessDateAdvanced(FIRST, SECOND, "ops", AT));
            seen.add(book.businessDate()); // a movement after it
        });

        assertThat(seen).containsExactly(FIRST, SECOND);
        assertThat(book.businessDate()).isEqualTo(SECOND);
    }

    @Test
    void givenNoDateYet_thenABatchSeesNoneUntilTheFirstAdvance() {
        List<LocalDate> seen = new ArrayList<>();

        batch(() -> {
            seen.add(book.businessDate());
            book.on(new BusinessDateAdvanced(null, FIRST, "ops", AT));
            seen.add(book.businessDate());
        });

        assertThat(seen).containsExactly(null, FIRST);
    }

    @Test
    void givenABatchHasReadTheDate_whenTheNextBatchStarts_thenItReadsTheStoredDateAfresh() {
        batch(() -> book.on(new BusinessDateAdvanced(null, FIRST, "ops", AT)));
        batch(book::businessDate);

        // another instance's memory of the group advanced the date (the segment moved and back)
        new LoanBook(mongo).on(new BusinessDateAdvanced(FIRST, SECOND, "ops", AT));
        List<LocalDate> seen = new ArrayList<>();
        batch(() -> seen.add(book.businessDate()));

        assertThat(seen).containsExactly(SECOND);
    }
}
