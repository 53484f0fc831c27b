package io.peerlend.disclosure.loanbook;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.peerlend.calendar.api.BusinessDateAdvanced;
import io.peerlend.disclosure.loanbook.domain.BookRebuild;
import io.peerlend.lending.api.LoanPartShare;
import io.peerlend.lending.api.events.LoanDisbursed;
import io.peerlend.lending.api.events.LoanOpened;
import io.peerlend.platform.testing.ServiceTests;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A regulator's question about a past date is a job: not answered at once, it is told where the rebuild stands and
 * answered when asked again; a rebuild left part-way (its instance died) is carried on from its last checkpoint by
 * whichever instance takes the lock next, not started again.
 */
@SpringBootTest(properties = {"peerlend.disclosure.as-of.wait=PT0S", "peerlend.disclosure.as-of.checkpoint-events=2"})
@AutoConfigureMockMvc
class AsOfRebuildsIT {

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        ServiceTests.useEventStore(registry);
        ServiceTests.useReadSide(registry, "disclosure-as-of-it");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    EventStore store;

    @Autowired
    AsOfRebuilds rebuilds;

    @Autowired
    MongoTemplate mongo;

    @Test
    void givenAPastDate_whenARegulatorAsksAboutIt_thenTheyAreToldWhereTheRebuildStandsAndAnsweredWhenItIsDone()
            throws Exception {
        // given a loan of 1,500.00 paid out on 10 February 2050, and the date since moved past 28 February
        loan("2050-02-10", 1_500_00);
        store.publish(GenericEventMessage.asEventMessage(new BusinessDateAdvanced(
                LocalDate.parse("2050-02-28"), LocalDate.parse("2050-03-01"), "ops", Instant.now())));

        // when a regulator asks for the figures as of 28 February (the service waits no time at all here)
        mvc.perform(get("/api/disclosure/figures")
                        .param("asOf", "2050-02-28")
                        .with(ServiceTests.caller("reg-1", "regulator")))
                // then they are told it is being rebuilt, where to look and when to ask again
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", "/api/disclosure/rebuilds/2050-02-28"))
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(jsonPath("$.asOf").value("2050-02-28"));
        // and the rebuild goes on, its progress visible, until it is done
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> mvc.perform(get("/api/disclosure/rebuilds/2050-02-28")
                                .with(ServiceTests.caller("reg-1", "regulator")))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.status").value("DONE")));
        // and asked again, the figures are answered at once, the loan in them; the breakdown from the same rebuild
        mvc.perform(get("/api/disclosure/figures")
                        .param("asOf", "2050-02-28")
                        .with(ServiceTests.caller("reg-1", "regulator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asOf").value("2050-02-28"))
                .andExpect(jsonPath("$.period").value("2050-02"));
        mvc.perform(get("/api/disclosure/rebuilds/2050-02-28").with(ServiceTests.caller("b-1", "borrower")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/disclosure/rebuilds/yesterday").with(ServiceTests.caller("reg-1", "regulator")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("asOf"));
    }

    @Test
    void givenARebuildLeftPartWayByAnInstanceThatDied_whenTheWorkerRunsAgain_thenItCarriesOnFromItsCheckpoint()
            throws Exception {
        // given a rebuild as of 30 June 2050 that an instance had taken to the head of the store, checkpointed (its
        // state holds a loan of 777.00 that no event here has: only a carried-on rebuild can know it), then died
        LocalDate asOf = LocalDate.parse("2050-06-30");
        BookRebuild partWay = new BookRebuild(asOf);
        partWay.read(
                new LoanOpened(
                        "ghost",
                        "b-ghost",
                        "market:C:12",
                        "C",
                        new BigDecimal("0.08"),
                        12,
                        777_00,
                        "GBP",
                        new BigDecimal("9.00"),
                        0,
                        0,
                        List.of(new LoanPartShare("l-ghost", "o", 777_00)),
                        "payout:ghost",
                        Instant.now()),
                0);
        partWay.read(
                new LoanDisbursed(
                        "ghost", "b-ghost", 777_00, "GBP", LocalDate.parse("2050-06-01"), List.of(), Instant.now()),
                1);
        TrackingToken headToken = store.createHeadToken(); // null: the store is empty yet
        long head = headToken == null ? -1 : headToken.position().orElseThrow();
        rebuilds.saveCheckpoint(asOf.toString(), partWay.state());
        mongo.upsert(
                Query.query(Criteria.where("_id").is(asOf.toString())),
                new Update()
                        .set("status", AsOfRebuilds.Status.RUNNING.name())
                        .set("eventsRead", partWay.eventsRead())
                        .set("position", head)
                        .set("closed", false)
                        .set("requestedAt", Instant.now()),
                AsOfRebuilds.JOBS);
        // and since then a real loan of 2,000.00 was paid out and the date moved past 30 June
        loan("2050-06-15", 2_000_00);
        store.publish(GenericEventMessage.asEventMessage(
                new BusinessDateAdvanced(asOf, asOf.plusDays(1), "ops", Instant.now())));

        // when the worker runs again (as every few seconds, on whichever instance gets the lock)
        rebuilds.resume();

        // then the book as of 30 June holds both: the checkpoint's loan and the one read after it
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> mvc.perform(get("/api/disclosure/book")
                                .param("by", "grade")
                                .param("asOf", asOf.toString())
                                .with(ServiceTests.caller("reg-1", "regulator")))
                        .andExpect(status().isOk())
                        .andExpect(
                                jsonPath("$.rows[?(@.key == 'C')].amountIssued").value("777.00"))
                        .andExpect(
                                jsonPath("$.rows[?(@.key == 'B')].amountIssued").value("2000.00")));
    }

    /** A grade-B loan paid out on {@code day}. */
    private void loan(String day, long amount) {
        String loan = "asof-" + UUID.randomUUID();
        Instant at = Instant.now();
        store.publish(
                new GenericDomainEventMessage<>(
                        "Loan",
                        "loan:" + loan,
                        0,
                        new LoanOpened(
                                loan,
                                "b-" + loan,
                                "market:B:12",
                                "B",
                                new BigDecimal("0.06"),
                                12,
                                amount,
                                "GBP",
                                new BigDecimal("8.00"),
                                0,
                                0,
                                List.of(new LoanPartShare("l-" + loan, "o", amount)),
                                "payout:" + loan,
                                at)),
                new GenericDomainEventMessage<>(
                        "Loan",
                        "loan:" + loan,
                        1,
                        new LoanDisbursed(loan, "b-" + loan, amount, "GBP", LocalDate.parse(day), List.of(), at)));
    }
}
