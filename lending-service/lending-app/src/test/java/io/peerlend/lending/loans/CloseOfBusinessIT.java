package io.peerlend.lending.loans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.peerlend.calendar.api.BusinessDateAdvanced;
import io.peerlend.lending.api.LoanPartShare;
import io.peerlend.lending.api.Loans;
import io.peerlend.lending.api.ScheduledInstalment;
import io.peerlend.lending.api.commands.CloseLoanDay;
import io.peerlend.lending.api.events.CollectionRequested;
import io.peerlend.lending.api.events.LoanDisbursed;
import io.peerlend.lending.api.events.LoanOpened;
import io.peerlend.lending.schedules.domain.RepaymentSchedule;
import io.peerlend.platform.testing.ServiceTests;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The close-of-business job on the real stores: a jump of the business date closes every day it passed, in order, in
 * the background; and a day left half-closed by an instance killed in the middle (its run RUNNING, half its loans
 * closed) is closed again from its start when the job resumes, without any collection being requested twice. The
 * processors that would act on the collections are stopped, so the loans' own events show what the job did.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CloseOfBusinessIT {

    private static final int LOANS = 20;

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        // loans written without their funding: in a store of their own, so other tests' books still balance
        ServiceTests.useOwnEventStore(registry, "cob_it");
        ServiceTests.useReadSide(registry, "lending-cob-it");
    }

    @Autowired
    EventStorageEngine storage;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    CloseOfBusiness closeOfBusiness;

    @Autowired
    CommandGateway commands;

    @Autowired
    EventProcessingConfiguration processors;

    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void onlyTheJob() {
        processors.eventProcessors().values().forEach(EventProcessor::shutDown);
    }

    /** Active loans paid out on {@code paidOut}, written straight into the store and the loans' read model. */
    private List<String> loans(LocalDate paidOut) {
        List<ScheduledInstalment> schedule =
                RepaymentSchedule.of(1_000_00, new BigDecimal("6.00"), 12, paidOut.plusMonths(1), List.of())
                        .instalments()
                        .stream()
                        .map(i -> new ScheduledInstalment(i.number(), i.dueDate(), i.principal(), i.interest()))
                        .toList();
        List<String> ids = new ArrayList<>();
        String run = Long.toString(System.nanoTime(), 36);
        for (int i = 0; i < LOANS; i++) {
            String loanId = "cob-it-" + run + "-" + i;
            Instant now = Instant.now();
            storage.appendEvents(
                    new GenericDomainEventMessage<>(
                            "Loan",
                            Loans.idFor(loanId),
                            0,
                            new LoanOpened(
                                    loanId,
                                    "b-" + i,
                                    "market:B:12",
                                    "B",
                                    new BigDecimal("0.05"),
                                    12,
                                    1_000_00,
                                    "GBP",
                                    new BigDecimal("6.00"),
                                    20_00,
                                    10_00,
                                    List.of(new LoanPartShare("l-1", "o-1", 1_000_00)),
                                    "payout:" + loanId,
                                    now)),
                    new GenericDomainEventMessage<>(
                            "Loan",
                            Loans.idFor(loanId),
                            1,
                            new LoanDisbursed(loanId, "b-" + i, 980_00, "GBP", paidOut, schedule, now)));
            mongo.insert(
                    new Document("_id", loanId)
                            .append("borrowerId", "b-" + i)
                            .append("status", "ACTIVE")
                            .append("version", 1L),
                    "loans");
            ids.add(loanId);
        }
        return ids;
    }

    private long collections(String loanId, LocalDate date) {
        return storage.readEvents(Loans.idFor(loanId))
                .asStream()
                .filter(m -> m.getPayload() instanceof CollectionRequested c
                        && c.reference().equals("collect:" + loanId + ":" + date))
                .count();
    }

    private CloseOfBusiness.Run run(LocalDate date) {
        return mongo.findById(date.toString(), CloseOfBusiness.Run.class, CloseOfBusiness.RUNS);
    }

    private void awaitDone(LocalDate... dates) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (LocalDate date : dates) {
                assertThat(run(date))
                        .as(date.toString())
                        .isNotNull()
                        .extracting(CloseOfBusiness.Run::status)
                        .isEqualTo(CloseOfBusiness.Status.DONE);
            }
        });
    }

    @Test
    void givenTheDateJumpsFourDaysOverADueDate_whenTheJobRuns_thenEveryDayIsClosedInOrderAndEachLoanCollectedOnce() {
        LocalDate paidOut = LocalDate.parse("2031-03-10");
        List<String> ids = loans(paidOut);
        LocalDate due = paidOut.plusMonths(1);

        closeOfBusiness.on(new BusinessDateAdvanced(due.minusDays(2), due.plusDays(2), "ops", Instant.now()));

        awaitDone(due.minusDays(1), due, due.plusDays(1), due.plusDays(2));
        assertThat(run(due).loans()).isGreaterThanOrEqualTo(LOANS);
        assertThat(run(due.minusDays(1)).finishedAt()).isBefore(run(due).startedAt());
        assertThat(run(due.minusDays(2)))
                .as("the day the date left was closed before")
                .isNull();
        ids.forEach(id -> assertThat(collections(id, due)).as(id).isEqualTo(1));
        // and operations see it in the metrics: nothing waiting, none running, the last day's finish
        assertThat(meters.get("peerlend.cob.days.waiting").gauge().value()).isZero();
        assertThat(meters.get("peerlend.cob.day.progress").gauge().value()).isZero();
        assertThat(meters.get("peerlend.cob.last.finished").gauge().value())
                .isGreaterThanOrEqualTo(run(due.plusDays(2)).finishedAt().getEpochSecond());
        CloseOfBusiness.Run last = mongo.find(new Query(), CloseOfBusiness.Run.class, CloseOfBusiness.RUNS).stream()
                .filter(r -> r.finishedAt() != null)
                .max(Comparator.comparing(CloseOfBusiness.Run::finishedAt))
                .orElseThrow();
        assertThat(meters.get("peerlend.cob.last.duration").gauge().value())
                .as("the last day's close took from its start to its finish")
                .isEqualTo(Duration.between(last.startedAt(), last.finishedAt()).toMillis() / 1000.0);
    }

    @Test
    void givenADayHalfClosedByAnInstanceThatWasKilled_whenTheJobResumes_thenItFinishesAndNothingIsCollectedTwice() {
        LocalDate paidOut = LocalDate.parse("2032-05-10");
        List<String> ids = loans(paidOut);
        LocalDate due = paidOut.plusMonths(1);
        // what the killed instance did: the day recorded as running, half the loans closed (collections requested)
        ids.subList(0, LOANS / 2).forEach(id -> commands.sendAndWait(new CloseLoanDay(id, due)));
        mongo.upsert(
                Query.query(Criteria.where("_id").is(due.toString())),
                new Update()
                        .set("loans", (long) LOANS)
                        .set("closed", (long) LOANS / 2)
                        .set("startedAt", Instant.now())
                        .set("status", CloseOfBusiness.Status.RUNNING.name()),
                CloseOfBusiness.RUNS);

        closeOfBusiness.resume();

        awaitDone(due);
        ids.forEach(id -> assertThat(collections(id, due)).as(id).isEqualTo(1));
    }
}
