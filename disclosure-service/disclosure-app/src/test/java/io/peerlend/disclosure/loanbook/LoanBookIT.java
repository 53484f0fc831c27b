package io.peerlend.disclosure.loanbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.peerlend.calendar.api.BusinessDateAdvanced;
import io.peerlend.lending.api.LoanPartShare;
import io.peerlend.lending.api.LoanPurpose;
import io.peerlend.lending.api.MonthlyFinances;
import io.peerlend.lending.api.events.LoanApplicationSubmitted;
import io.peerlend.lending.api.events.LoanDefaulted;
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
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The loan book follows the lending service's events in the shared store; the model's outcomes are public. */
@SpringBootTest
@AutoConfigureMockMvc
class LoanBookIT {

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        ServiceTests.useEventStore(registry);
        ServiceTests.useReadSide(registry, "disclosure-loan-book-it");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    EventStore store;

    @Test
    void givenTwoGradeELoansOneDefaulted_whenTheBookIsRead_thenExpectedAndObservedDefaultsArePublished()
            throws Exception {
        Instant at = Instant.parse("2027-01-15T10:00:00Z");
        LocalDate paidOut = LocalDate.parse("2027-01-15");
        for (String pd : List.of("0.20", "0.30")) {
            String loan = UUID.randomUUID().toString();
            // the loan keeps its application's id; the application declared 2,800.00 a month
            store.publish(new GenericDomainEventMessage<>(
                    "LoanApplication",
                    loan,
                    0,
                    new LoanApplicationSubmitted(
                            loan,
                            "b-" + loan,
                            1_000_00,
                            "GBP",
                            12,
                            LoanPurpose.CAR,
                            new MonthlyFinances("2800.00", "900.00", "0.00"),
                            null,
                            at)));
            store.publish(
                    new GenericDomainEventMessage<>(
                            "Loan",
                            "loan:" + loan,
                            0,
                            new LoanOpened(
                                    loan,
                                    "b-" + loan,
                                    "market:E:12",
                                    "E",
                                    new BigDecimal(pd),
                                    12,
                                    1_000_00,
                                    "GBP",
                                    new BigDecimal("19.00"),
                                    50_00,
                                    25_00,
                                    List.of(new LoanPartShare("l-1", "o-1", 1_000_00)),
                                    "payout:" + loan,
                                    at)),
                    new GenericDomainEventMessage<>(
                            "Loan",
                            "loan:" + loan,
                            1,
                            new LoanDisbursed(loan, "b-" + loan, 950_00, "GBP", paidOut, List.of(), at)));
            if (pd.equals("0.30")) {
                store.publish(new GenericDomainEventMessage<>(
                        "Loan",
                        "loan:" + loan,
                        2,
                        new LoanDefaulted(loan, "91 days past due", 1_000_00, 0, 0, paidOut.plusDays(120), at)));
            }
        }
        store.publish(GenericEventMessage.asEventMessage(
                new BusinessDateAdvanced(paidOut, paidOut.plusMonths(13), "ops", at)));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(get("/public/disclosure/model-outcomes"))
                        .andExpect(status().isOk())
                        .andExpect(
                                jsonPath("$.asOf").value(paidOut.plusMonths(13).toString()))
                        .andExpect(jsonPath("$.grades[5].grade").value("E"))
                        .andExpect(jsonPath("$.grades[5].loansIssued").value(2))
                        .andExpect(jsonPath("$.grades[5].expectedDefaults").value(0.5))
                        .andExpect(jsonPath("$.grades[5].observedDefaults").value(1))
                        .andExpect(jsonPath("$.grades[5].loansAged").value(2))
                        .andExpect(jsonPath("$.grades[5].observedRateAged").value(0.5)));

        // and the loan-level data shows both loans, with nothing that identifies their borrowers
        // (streamed: MockMvc hands the body over in an async dispatch)
        var streamed = mvc.perform(get("/public/disclosure/loans.csv")).andReturn();
        String csv = mvc.perform(MockMvcRequestBuilders.asyncDispatch(streamed))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv)
                .startsWith("id,issue_month,grade,term_months,interest_rate,amount,currency,purpose,income_band,");
        assertThat(csv.lines().filter(l -> l.contains(",2027-01,E,12,19.00,1000.00,GBP,CAR,25000-39999,")))
                .hasSize(2);
        assertThat(csv).doesNotContain("b-", "2027-01-15");
        mvc.perform(get("/public/disclosure/loans").param("size", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.loans.length()").value(2));
        mvc.perform(get("/public/disclosure/loans").param("size", "5000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }
}
