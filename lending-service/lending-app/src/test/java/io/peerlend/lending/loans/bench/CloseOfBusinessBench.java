package io.peerlend.lending.loans.bench;

import io.peerlend.lending.api.LoanPartShare;
import io.peerlend.lending.api.Loans;
import io.peerlend.lending.api.ScheduledInstalment;
import io.peerlend.lending.api.events.LoanDisbursed;
import io.peerlend.lending.api.events.LoanOpened;
import io.peerlend.lending.loans.CloseOfBusiness;
import io.peerlend.lending.schedules.domain.RepaymentSchedule;
import io.peerlend.platform.testing.ServiceTests;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Close-of-business benchmark (not part of the suite; run as in docs/benchmarks.md): {@code cob.loans} active loans
 * (100,000 by default) of 100 parts each are written straight into the real PostgreSQL event store (fsync on) — each
 * loan's LoanOpened with its 100 parts and its LoanDisbursed with the schedule — and the loans' read model; then the
 * close-of-business job runs on the first due date: every loan is loaded from its events, earns its fee and asks for
 * its first instalment (two new events per loan). The processors that would act on those events (payments, receipts,
 * projections) are stopped, so the figure is the job's own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CloseOfBusinessBench {

    private static final LocalDate PAID_OUT = LocalDate.parse("2030-01-15");

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        ServiceTests.useEventStore(registry);
        ServiceTests.useReadSide(registry, "lending-cob-bench");
    }

    @Autowired
    EventStorageEngine storage;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    CloseOfBusiness closeOfBusiness;

    @Autowired
    EventProcessingConfiguration processors;

    @Test
    void closeTheDayForManyLoans() {
        processors.eventProcessors().values().forEach(EventProcessor::shutDown);
        int count = Integer.getInteger("cob.loans", 100_000);
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<LoanPartShare> parts = new ArrayList<>();
        for (int k = 0; k < 100; k++) {
            parts.add(new LoanPartShare("bench-lender-" + k, "bench-offer-" + k, 50_00));
        }
        List<ScheduledInstalment> schedule =
                RepaymentSchedule.of(5_000_00, new BigDecimal("7.50"), 36, PAID_OUT.plusMonths(1), List.of())
                        .instalments()
                        .stream()
                        .map(i -> new ScheduledInstalment(i.number(), i.dueDate(), i.principal(), i.interest()))
                        .toList();
        long setup = System.nanoTime();
        List<EventMessage<?>> batch = new ArrayList<>();
        BulkOperations readModel = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, "loans");
        for (int i = 0; i < count; i++) {
            String loanId = "cob-" + run + "-" + i;
            String aggregate = Loans.idFor(loanId);
            Instant now = Instant.now();
            batch.add(new GenericDomainEventMessage<>(
                    "Loan",
                    aggregate,
                    0,
                    new LoanOpened(
                            loanId,
                            "borrower-" + i,
                            "market:B:36",
                            "B",
                            new BigDecimal("0.05"),
                            36,
                            5_000_00,
                            "GBP",
                            new BigDecimal("7.50"),
                            100_00,
                            50_00,
                            parts,
                            "payout:" + loanId,
                            now)));
            batch.add(new GenericDomainEventMessage<>(
                    "Loan",
                    aggregate,
                    1,
                    new LoanDisbursed(loanId, "borrower-" + i, 4_900_00, "GBP", PAID_OUT, schedule, now)));
            readModel.insert(new Document("_id", loanId)
                    .append("borrowerId", "borrower-" + i)
                    .append("status", "ACTIVE")
                    .append("version", 1L));
            if (batch.size() == 1_000) {
                storage.appendEvents(batch);
                batch.clear();
                readModel.execute();
                readModel = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, "loans");
            }
        }
        if (!batch.isEmpty()) {
            storage.appendEvents(batch);
            readModel.execute();
        }
        double setupSeconds = (System.nanoTime() - setup) / 1e9;
        long start = System.nanoTime();
        String day = PAID_OUT.plusMonths(1).toString();
        closeOfBusiness.request(PAID_OUT.plusMonths(1));
        CloseOfBusiness.Run result = Awaitility.await()
                .atMost(Duration.ofHours(1))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> closeOfBusiness.recent().stream()
                                .filter(r -> r.date().equals(day))
                                .findFirst()
                                .orElse(null),
                        r -> r != null && r.status() == CloseOfBusiness.Status.DONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "CLOSE OF BUSINESS: set-up of %d loans × 100 parts in %.0f s; the job closed %d loans in "
                        + "%.1f s = %.0f loans/s%n",
                count, setupSeconds, result.closed(), seconds, result.closed() / seconds);
    }
}
