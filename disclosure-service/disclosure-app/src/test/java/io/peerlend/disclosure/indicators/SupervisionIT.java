package io.peerlend.disclosure.indicators;

import static io.peerlend.platform.testing.ServiceTests.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import io.peerlend.calendar.api.BusinessDateAdvanced;
import io.peerlend.disclosure.api.DisclosureAccessed;
import io.peerlend.lending.api.LoanPartShare;
import io.peerlend.lending.api.events.LenderFundsDeposited;
import io.peerlend.lending.api.events.LoanApplicationScored;
import io.peerlend.lending.api.events.LoanArrearsChanged;
import io.peerlend.lending.api.events.LoanDisbursed;
import io.peerlend.lending.api.events.LoanOpened;
import io.peerlend.lending.api.events.WithdrawalRequested;
import io.peerlend.platform.testing.ServiceTests;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A late loan makes the overdue rate breach its threshold when the day closes, and a shifted mix of grades the credit
 * model's stability: alerts, seen by the regulator, who can also drill into the book as it stood on a past date.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SupervisionIT {

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        ServiceTests.useEventStore(registry);
        ServiceTests.useReadSide(registry, "disclosure-supervision-it");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    EventStore store;

    @Autowired
    MeterRegistry meters;

    @Test
    void givenALateLoan_whenTheDayCloses_thenTheOverdueRateBreachesAndRegulatorsSeeTheAlert() throws Exception {
        Instant at = Instant.parse("2032-03-10T10:00:00Z");
        LocalDate day = LocalDate.parse("2032-03-10");
        String loan = UUID.randomUUID().toString();
        String lender = "lender-" + UUID.randomUUID();
        // given 30 applications scored on the day, every one graded E: far from the model's validation population
        store.publish(GenericEventMessage.asEventMessage(new BusinessDateAdvanced(day.minusDays(1), day, "ops", at)));
        for (int i = 0; i < 30; i++) {
            String application = UUID.randomUUID().toString();
            store.publish(new GenericDomainEventMessage<>(
                    "LoanApplication",
                    application,
                    0,
                    new LoanApplicationScored(
                            application, "E", new BigDecimal("0.45"), 420, List.of(), "german-credit-1", at)));
        }
        store.publish(
                new GenericDomainEventMessage<>(
                        "LenderAccount",
                        "lender-account:" + lender,
                        0,
                        new LenderFundsDeposited(lender, "dep-1", 5_000_00, "GBP", at)),
                new GenericDomainEventMessage<>(
                        "LenderAccount",
                        "lender-account:" + lender,
                        1,
                        new WithdrawalRequested(lender, "wd-1", 1_000_00, "GBP", at)));
        store.publish(
                new GenericDomainEventMessage<>(
                        "Loan",
                        "loan:" + loan,
                        0,
                        new LoanOpened(
                                loan,
                                "b-" + loan,
                                "market:C:12",
                                "C",
                                new BigDecimal("0.12"),
                                12,
                                2_000_00,
                                "GBP",
                                new BigDecimal("9.00"),
                                60_00,
                                30_00,
                                List.of(new LoanPartShare(lender, "o", 2_000_00)),
                                "payout:" + loan,
                                at)),
                new GenericDomainEventMessage<>(
                        "Loan",
                        "loan:" + loan,
                        1,
                        new LoanDisbursed(loan, "b-" + loan, 1_940_00, "GBP", day.minusMonths(2), List.of(), at)),
                new GenericDomainEventMessage<>(
                        "Loan", "loan:" + loan, 2, new LoanArrearsChanged(loan, "31-60", 40, 180_00, 2, day, at)));
        store.publish(GenericEventMessage.asEventMessage(new BusinessDateAdvanced(day, day.plusDays(1), "ops", at)));

        // then the regulator sees the day's indicators and an open alert on the overdue rate
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> mvc.perform(get("/api/disclosure/indicators").with(caller("reg-1", "regulator")))
                                .andExpect(status().isOk())
                                .andExpect(jsonPath("$.day.date").value(day.toString()))
                                .andExpect(jsonPath("$.openAlerts[?(@.indicator == 'overdue-rate')]")
                                        .exists())
                                .andExpect(jsonPath("$.openAlerts[?(@.indicator == 'credit-model-stability')]")
                                        .exists()));
        // lenders asked for 1,000.00 of the 5,000.00 they had: liquidity 1,000 ÷ (4,000 left + 1,000) = 0.2
        mvc.perform(get("/api/disclosure/indicators").with(caller("reg-1", "regulator")))
                .andExpect(jsonPath("$.day.indicators[?(@.name == 'liquidity')].value")
                        .value(0.2));
        // and operations see the same as metrics: the liquidity, the overdue rate breached, alerts open
        assertThat(meters.get("peerlend.early.warning.value")
                        .tag("indicator", "liquidity")
                        .gauge()
                        .value())
                .isEqualTo(0.2);
        assertThat(meters.get("peerlend.early.warning.breached")
                        .tag("indicator", "overdue-rate")
                        .gauge()
                        .value())
                .isEqualTo(1.0);
        assertThat(meters.get("peerlend.early.warning.alerts.open").gauge().value())
                .isGreaterThanOrEqualTo(2.0);
        mvc.perform(get("/api/disclosure/alerts").with(caller("ops-1", "ops")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.indicator == 'overdue-rate' && @.raisedOn == '" + day + "')]")
                        .exists());
        mvc.perform(get("/api/disclosure/indicators/history")
                        .param("from", day.toString())
                        .param("to", day.toString())
                        .with(caller("reg-1", "regulator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].indicators.length()").value(7));
        // a bad date is a clear 400; borrowers and lenders may not look
        mvc.perform(get("/api/disclosure/indicators/history")
                        .param("from", "yesterday")
                        .param("to", "2032-03-10")
                        .with(caller("reg-1", "regulator")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/disclosure/indicators").with(caller("l-1", "lender")))
                .andExpect(status().isForbidden());
        // and can drill into the book: by grade, the late loan's grade shows it overdue
        mvc.perform(get("/api/disclosure/book").param("by", "grade").with(caller("reg-1", "regulator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[?(@.key == 'C' && @.overdueLoans >= 1)]")
                        .exists());
        // as the book stood on the day the loan was paid out it was there, the day before it was not
        String paidOut = day.minusMonths(2).toString();
        mvc.perform(get("/api/disclosure/book")
                        .param("by", "vintage")
                        .param("asOf", paidOut)
                        .with(caller("reg-1", "regulator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asOf").value(paidOut))
                .andExpect(jsonPath("$.rows[?(@.key == '2032-01' && @.loansIssued >= 1)]")
                        .exists());
        mvc.perform(get("/api/disclosure/book")
                        .param("by", "vintage")
                        .param("asOf", day.minusMonths(2).minusDays(1).toString())
                        .with(caller("reg-1", "regulator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[?(@.key == '2032-01')]").doesNotExist());
        mvc.perform(get("/api/disclosure/book")
                        .param("by", "status")
                        .param("asOf", "last week")
                        .with(caller("reg-1", "regulator")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("asOf"));
        mvc.perform(get("/api/disclosure/book").param("by", "colour").with(caller("reg-1", "regulator")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("by"));

        // and every look is in the audit trail
        boolean audited = false;
        try (var events = store.openStream(null)) {
            while (events.hasNextAvailable()) {
                audited |= events.nextAvailable().getPayload() instanceof DisclosureAccessed a
                        && a.who().equals("reg-1")
                        && a.role().equals("regulator");
            }
        }
        assertThat(audited).isTrue();
    }
}
