package io.peerlend.disclosure.statistics;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.peerlend.lending.api.LoanPurpose;
import io.peerlend.lending.api.events.LateFeeCharged;
import io.peerlend.lending.api.events.LoanApplicationSubmitted;
import io.peerlend.lending.api.events.LoanFeesEarned;
import io.peerlend.lending.api.events.LoanRepaymentReceived;
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

/** The disclosure service counts what the lending service wrote to the shared PostgreSQL event store. */
@SpringBootTest
@AutoConfigureMockMvc
class PublicSummaryIT {

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        ServiceTests.useEventStore(registry);
        ServiceTests.useReadSide(registry, "disclosure-summary-it");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    EventStore eventStore;

    @Test
    void a_loan_application_in_the_event_store_is_counted_in_the_public_summary() throws Exception {
        long before = count();
        // given the lending service stored two applications (one delivered twice must still count once)
        String id = UUID.randomUUID().toString();
        eventStore.publish(new GenericDomainEventMessage<>(
                "LoanApplication",
                id,
                0,
                new LoanApplicationSubmitted(
                        id, "someone", 500_000, "GBP", 36, LoanPurpose.CAR, null, null, Instant.now())));
        String other = UUID.randomUUID().toString();
        eventStore.publish(new GenericDomainEventMessage<>(
                "LoanApplication",
                other,
                0,
                new LoanApplicationSubmitted(
                        other, "someone-else", 200_000, "GBP", 12, LoanPurpose.OTHER, null, null, Instant.now())));
        // then the public summary, which needs no login, counts them
        await().atMost(Duration.ofSeconds(20)).until(() -> count() == before + 2);
        mvc.perform(get("/public/disclosure/summary"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asOf").exists());
    }

    @Test
    void givenFeesEarnedInLendingsEvents_thenThePublicSummaryShowsTheFeeIncomeCountingARedeliveredEventOnce()
            throws Exception {
        BigDecimal before = fee("total");
        String loan = "loan:" + UUID.randomUUID();
        Instant now = Instant.now();
        // given a loan's origination fee earned (platform 30.00, provision fund 10.00), a receipt with a 1.20
        // servicing fee, and a 12.00 late fee
        LoanFeesEarned earned = new LoanFeesEarned(loan, 30_00, 10_00, "GBP", LocalDate.now(), now);
        eventStore.publish(
                new GenericDomainEventMessage<>("Loan", loan, 0, earned),
                new GenericDomainEventMessage<>(
                        "Loan",
                        loan,
                        1,
                        new LoanRepaymentReceived(
                                loan,
                                "col-1",
                                1,
                                "SCHEDULED",
                                150_00,
                                "GBP",
                                0,
                                12_00,
                                138_00,
                                0,
                                1_20,
                                0,
                                List.of(),
                                List.of(),
                                null,
                                LocalDate.now(),
                                now)),
                new GenericDomainEventMessage<>(
                        "Loan", loan, 2, new LateFeeCharged(loan, 2, 12_00, LocalDate.now(), now)));
        // and the fee event delivered again
        eventStore.publish(GenericEventMessage.asEventMessage(earned));

        // then the public summary adds 53.20 to the platform's fee income, once
        await().atMost(Duration.ofSeconds(20))
                .until(() -> fee("total").subtract(before).compareTo(new BigDecimal("53.20")) == 0);
        mvc.perform(get("/public/disclosure/summary"))
                .andExpect(jsonPath("$.feeIncome.currency").value("GBP"))
                .andExpect(jsonPath("$.feeIncome.originationFees").exists())
                .andExpect(jsonPath("$.feeIncome.lateFees").exists());
    }

    private BigDecimal fee(String item) throws Exception {
        String body = mvc.perform(get("/public/disclosure/summary"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return new BigDecimal(JsonPath.<String>read(body, "$.feeIncome." + item));
    }

    private long count() throws Exception {
        String body = mvc.perform(get("/public/disclosure/summary"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, "$.loanApplicationsSubmitted")).longValue();
    }
}
