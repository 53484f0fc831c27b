package io.peerlend.disclosure.loanbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.peerlend.disclosure.loanbook.domain.LoanFact;
import io.peerlend.infra.testing.TestStores;
import io.peerlend.lending.api.LoanPartShare;
import io.peerlend.lending.api.events.LoanDefaulted;
import io.peerlend.lending.api.events.LoanDisbursed;
import io.peerlend.lending.api.events.LoanOpened;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The loan book's single segment moving between two instances of the disclosure service (each its own {@link LoanBook}
 * with its own memory, on the same real MongoDB wire server), batch by batch as the processor runs them.
 */
class LoanBookFailoverIT {

    private static final Instant AT = Instant.parse("2027-03-01T10:00:00Z");
    private final String database = "loan-book-failover-" + UUID.randomUUID();
    private final MongoClient client = MongoClients.create(TestStores.mongo().uri(database));
    private final MongoTemplate mongo = new MongoTemplate(client, database);

    @AfterEach
    void close() {
        client.close();
    }

    /** One batch of the processor on an instance: the book's handlers in a unit of work that commits. */
    private static void batch(DomainEventMessage<?> event, Runnable handler) {
        DefaultUnitOfWork.startAndGet(event).execute(handler);
    }

    private static <T> DomainEventMessage<T> event(String loan, long sequence, T payload) {
        return new GenericDomainEventMessage<>("Loan", "loan:" + loan, sequence, payload);
    }

    @Test
    void givenTheSegmentMovedAwayAndBack_whenTheFirstInstanceHandlesTheNextEvent_thenItBuildsOnTheNewerStoredBook() {
        String loan = UUID.randomUUID().toString();
        LoanBook first = new LoanBook(mongo);
        LoanBook second = new LoanBook(mongo);
        var opened = event(
                loan,
                0,
                new LoanOpened(
                        loan,
                        "b-" + loan,
                        "market:C:12",
                        "C",
                        new BigDecimal("0.05"),
                        12,
                        1_000_00,
                        "GBP",
                        new BigDecimal("9.00"),
                        50_00,
                        25_00,
                        List.of(new LoanPartShare("l-1", "o-1", 1_000_00)),
                        "payout:" + loan,
                        AT));
        var disbursed = event(
                loan,
                1,
                new LoanDisbursed(loan, "b-" + loan, 950_00, "GBP", LocalDate.parse("2027-03-01"), List.of(), AT));
        var defaulted = event(
                loan,
                2,
                new LoanDefaulted(loan, "91 days past due", 1_000_00, 0, 0, LocalDate.parse("2027-07-01"), AT));

        // given the first instance held the segment and recorded the loan's opening
        batch(opened, () -> first.on(opened.getPayload(), opened));
        // and the second took the segment over (the first stalled past its claim) and recorded the payout
        batch(disbursed, () -> second.on(disbursed.getPayload(), disbursed));

        // when the segment comes back to the first, whose memory still has the loan as merely opened
        batch(defaulted, () -> first.on((Object) defaulted.getPayload(), defaulted));

        // then the stored loan has the payout the second recorded as well as the default: nothing older won
        LoanFact stored =
                mongo.findById(loan, LoanBook.Row.class, LoanBook.LOANS).fact();
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.status().name()).isEqualTo("DEFAULTED");
        assertThat(stored.issuedOn()).isEqualTo(LocalDate.parse("2027-03-01"));
        assertThat(first.current()).singleElement().isEqualTo(stored);
    }
}
