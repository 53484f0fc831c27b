package io.peerlend.lending.accounts;

import static io.peerlend.platform.testing.RecordingMongo.batch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.peerlend.lending.accounts.LenderAccountReadModel.Account;
import io.peerlend.lending.accounts.LenderAccountReadModel.Line;
import io.peerlend.lending.api.events.FundsCommittedToOffer;
import io.peerlend.lending.api.events.LenderFundsDeposited;
import io.peerlend.lending.api.events.LenderFundsLent;
import io.peerlend.platform.testing.RecordingMongo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Lender accounts and statements on the real read side (the development MongoDB wire server). */
class LenderAccountReadModelTest {

    private static final Instant AT = Instant.parse("2031-05-06T10:00:00Z");
    private static final String LENDER = "lender-1";

    private final RecordingMongo recorded = new RecordingMongo("lender-accounts");
    private final MongoTemplate mongo = recorded.template();
    private final LenderAccountReadModel accounts = new LenderAccountReadModel(mongo);

    @AfterEach
    void close() {
        recorded.close();
    }

    @Test
    void givenAProcessorsBatch_whenLendersMoveInIt_thenItIsWrittenAsItCommitsLinesFirstAndEachMovementCounts() {
        // given a batch: two lenders deposit, one commits to an offer and lends three parts from it
        UnitOfWork<?> batch = batch();
        accounts.on(new LenderFundsDeposited(LENDER, "pay-1", 10_000, "GBP", AT));
        accounts.on(new LenderFundsDeposited("lender-2", "pay-2", 4_000, "GBP", AT));
        accounts.on(new FundsCommittedToOffer(LENDER, "offer-1", "A-12", 9_000, 500, "GBP", AT));
        for (int i = 0; i < 3; i++) {
            accounts.on(new LenderFundsLent(LENDER, "loan-" + i, 1_000, "GBP", AT.plusSeconds(i), "offer-1", 500));
        }

        // then nothing is written until it commits (a read, two writes and a line each before)
        assertThat(recorded.writes()).isEmpty();
        batch.commit();
        // and then the statement lines in one write, and the accounts that count them after, in one
        assertThat(recorded.writes()).containsExactly(StatementLines.COLLECTION, LenderAccountReadModel.COLLECTION);
        Account account = accounts.find(LENDER).orElseThrow();
        assertThat(account.available()).isEqualTo(1_000);
        assertThat(account.committed()).isEqualTo(6_000);
        assertThat(accounts.statement(account))
                .extracting(Line::reference, Line::balanceMinor)
                .containsExactly(
                        tuple("pay-1", 10_000L),
                        tuple("loan-0", 9_000L),
                        tuple("loan-1", 8_000L),
                        tuple("loan-2", 7_000L));
        assertThat(accounts.find("lender-2").orElseThrow().available()).isEqualTo(4_000);
    }

    @Test
    void givenAProcessorsBatchOfPartsLent_whenHandled_thenTheLendersAccountsAreReadInOneQuery() {
        // given three lenders with money on offer
        for (int l = 0; l < 3; l++) {
            accounts.on(new LenderFundsDeposited("lender-" + l, "pay-" + l, 10_000, "GBP", AT));
            accounts.on(new FundsCommittedToOffer("lender-" + l, "offer-" + l, "A-12", 10_000, 500, "GBP", AT));
        }
        // and a processor's batch in which each lends a part to two loans
        List<LenderFundsLent> parts = new ArrayList<>();
        for (int loan = 0; loan < 2; loan++) {
            for (int l = 0; l < 3; l++) {
                parts.add(new LenderFundsLent("lender-" + l, "loan-" + loan, 1_000, "GBP", AT, "offer-" + l, 500));
            }
        }
        recorded.clear();
        UnitOfWork<?> batch = new BatchingUnitOfWork<>(
                parts.stream().map(GenericEventMessage::asEventMessage).toList());
        batch.start();

        // when it is handled
        parts.forEach(accounts::on);
        batch.commit();

        // then the three accounts were read in one query, not one per part
        assertThat(recorded.reads()).containsExactly(LenderAccountReadModel.COLLECTION);
        assertThat(accounts.find("lender-2").orElseThrow().committed()).isEqualTo(8_000);
    }

    @Test
    void givenABatchThatFailed_whenItsEventsComeAgainInOtherBatches_thenEachCountsOnceAndIsListedOnce() {
        accounts.on(new LenderFundsDeposited(LENDER, "pay-1", 10_000, "GBP", AT));
        accounts.on(new FundsCommittedToOffer(LENDER, "offer-1", "A-12", 10_000, 500, "GBP", AT));
        LenderFundsLent first = new LenderFundsLent(LENDER, "loan-1", 2_500, "GBP", AT, "offer-1", 500);
        LenderFundsLent second = new LenderFundsLent(LENDER, "loan-2", 2_500, "GBP", AT, "offer-1", 500);
        // given a batch of two parts that failed
        UnitOfWork<?> failed = batch();
        accounts.on(first);
        accounts.on(second);
        failed.rollback(new IllegalStateException("a later handler failed"));

        // when they come again, one batch each
        UnitOfWork<?> again = batch();
        accounts.on(first);
        again.commit();
        UnitOfWork<?> andAgain = batch();
        accounts.on(first);
        accounts.on(second);
        andAgain.commit();

        // then each counted once, and is listed once
        Account account = accounts.find(LENDER).orElseThrow();
        assertThat(account.committed()).isEqualTo(5_000);
        assertThat(accounts.statement(account))
                .extracting(Line::reference)
                .containsExactly("pay-1", "loan-1", "loan-2");
    }

    @Test
    void givenALenderWithThousandsOfMovements_whenTheirAccountIsRead_thenItsDocumentStaysSmallAndTheStatementIsWhole() {
        // given a deposit, an offer, and 2,500 parts lent from it (an auto-investing lender's first weeks)
        accounts.on(new LenderFundsDeposited(LENDER, "pay-1", 1_000_000, "GBP", AT));
        accounts.on(new FundsCommittedToOffer(LENDER, "offer-1", "A-12", 1_000_000, 500, "GBP", AT));
        for (int i = 0; i < 2_500; i++) {
            accounts.on(new LenderFundsLent(LENDER, "loan-" + i, 100, "GBP", AT.plusSeconds(i), "offer-1", 500));
        }

        // then the account's own document keeps its amounts, its line count and its most recent keys only
        Document stored = mongo.getCollection(LenderAccountReadModel.COLLECTION)
                .find(new Document("_id", LENDER))
                .first();
        assertThat(stored.getList("applied", String.class)).hasSize(LenderAccountReadModel.REMEMBERED);
        assertThat(stored.getList("statement", Object.class)).isEmpty();
        assertThat(stored.toJson().length()).isLessThan(60_000);
        Account account = accounts.find(LENDER).orElseThrow();
        assertThat(account.committed()).isEqualTo(1_000_000 - 250_000);
        // and the statement has every line in order, each with the balance after it
        List<Line> statement = accounts.statement(account);
        assertThat(statement).hasSize(2_501);
        assertThat(statement.get(0).type()).isEqualTo("DEPOSIT");
        assertThat(statement.get(1).reference()).isEqualTo("loan-0");
        assertThat(statement.get(2_500).reference()).isEqualTo("loan-2499");
        assertThat(statement.get(2_500).balanceMinor()).isEqualTo(1_000_000 - 250_000);
    }

    @Test
    void givenAMovementAlreadyApplied_whenItsEventIsDeliveredAgain_thenNothingChanges() {
        // given a deposit and a part lent
        accounts.on(new LenderFundsDeposited(LENDER, "pay-1", 10_000, "GBP", AT));
        accounts.on(new FundsCommittedToOffer(LENDER, "offer-1", "A-12", 10_000, 500, "GBP", AT));
        LenderFundsLent lent = new LenderFundsLent(LENDER, "loan-1", 2_500, "GBP", AT, "offer-1", 500);
        accounts.on(lent);

        // when the part's event comes again (its batch retried after a failure)
        accounts.on(lent);

        // then it counted once, and is listed once
        Account account = accounts.find(LENDER).orElseThrow();
        assertThat(account.committed()).isEqualTo(7_500);
        assertThat(accounts.statement(account))
                .extracting(Line::type, Line::amountMinor, Line::balanceMinor)
                .containsExactly(tuple("DEPOSIT", 10_000L, 10_000L), tuple("LENT", -2_500L, 7_500L));
    }

    @Test
    void givenAnAccountOfTheEarlierForm_whenItMovesAgain_thenItsEarlierLinesAreKeptFirst() {
        // given an account stored with its keys and lines inside its document
        mongo.getCollection(LenderAccountReadModel.COLLECTION)
                .insertOne(new Document("_id", LENDER)
                        .append("currency", "GBP")
                        .append("available", 10_000L)
                        .append("committed", 0L)
                        .append("pendingDeposits", 0L)
                        .append("withdrawalsInTransit", 0L)
                        .append("applied", List.of("settled:pay-1"))
                        .append(
                                "statement",
                                List.of(new Document("at", Date.from(AT))
                                        .append("type", "DEPOSIT")
                                        .append("reference", "pay-1")
                                        .append("amountMinor", 10_000L)
                                        .append("balanceMinor", 10_000L))));
        assertThat(accounts.statement(accounts.find(LENDER).orElseThrow()))
                .extracting(Line::reference)
                .containsExactly("pay-1");

        // when the deposit's event comes again, and then a second deposit
        accounts.on(new LenderFundsDeposited(LENDER, "pay-1", 10_000, "GBP", AT));
        accounts.on(new LenderFundsDeposited(LENDER, "pay-2", 5_000, "GBP", AT.plusSeconds(60)));

        // then the first counted once, and the statement keeps the earlier line before the new one
        Account account = accounts.find(LENDER).orElseThrow();
        assertThat(account.available()).isEqualTo(15_000);
        assertThat(account.embedded()).isEmpty();
        assertThat(accounts.statement(account))
                .extracting(Line::reference, Line::balanceMinor)
                .containsExactly(tuple("pay-1", 10_000L), tuple("pay-2", 15_000L));
    }
}
