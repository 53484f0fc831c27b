package io.peerlend.lending.schedules.web;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.peerlend.infra.testing.TestIssuer;
import io.peerlend.platform.testing.ApiContract;
import io.peerlend.platform.testing.ServiceTests;
import java.time.Duration;
import java.time.LocalDate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The public loan calculator over HTTP, without a token; the business date as development moves it; and the service's
 * own token checks (against a test issuer's keys).
 */
@SpringBootTest
@AutoConfigureMockMvc
class LoanCalculatorIT {

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        ServiceTests.useEventStore(registry);
        ServiceTests.useReadSide(registry, "lending-calculator-it");
        registry.add("peerlend.lending.calendar.manual", () -> "true");
        ServiceTests.useIssuer(registry, issuer);
    }

    static final TestIssuer issuer = new TestIssuer();

    @AfterAll
    static void stopIssuer() {
        issuer.close();
    }

    /** The API as published in docs/api/lending.json: unchanged, or changed compatibly and regenerated (ApiContract). */
    @Test
    void givenThePublishedContract_whenTheServiceDescribesItsApi_thenItHoldsOrItsVersionSaysWhy() throws Exception {
        String generated =
                mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        new ApiContract("lending").check(generated);
    }

    @Test
    void the_service_checks_tokens_itself_expired_foreign_and_misaddressed_ones_are_refused() throws Exception {
        ServiceTests.assertTokensChecked(mvc, "/api/lending/applications", issuer, "borrower");
    }

    @Autowired
    MockMvc mvc;

    @Test
    void givenTheIssuesExample_whenCalculated_thenPaymentAprTotalsAndEveryInstallment() throws Exception {
        mvc.perform(post("/public/loan-calculator")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"principal": "5000.00", "annualRate": "12.00", "termMonths": 18, "firstDueDate": "2022-12-01",
                         "fees": [{"name": "origination", "amount": "100.00", "charged": "AT_DISBURSEMENT"}]}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.currency").value("GBP"))
                .andExpect(jsonPath("$.monthlyPayment").value("304.91"))
                .andExpect(jsonPath("$.amountOfCredit").value("4900.00"))
                .andExpect(jsonPath("$.apr").value("15.7"))
                .andExpect(jsonPath("$.installments.length()").value(18))
                .andExpect(jsonPath("$.installments[0].dueDate").value("2022-12-01"))
                .andExpect(jsonPath("$.installments[0].interest").value("50.00"))
                .andExpect(jsonPath("$.installments[0].principal").value("254.91"))
                .andExpect(jsonPath("$.installments[17].dueDate").value("2024-05-01"))
                .andExpect(jsonPath("$.installments[17].total").value("304.94"))
                .andExpect(jsonPath("$.installments[17].balance").value("0.00"))
                .andExpect(jsonPath("$.totalRepayable").value("5488.41"));
    }

    @Test
    void givenManualDevelopmentDates_whenOpsMoveTheBusinessDate_thenItOnlyGoesForward() throws Exception {
        var ops = ServiceTests.caller("ops-1", "ops");
        String far = LocalDate.now().plusYears(3).toString();
        mvc.perform(post("/api/lending/business-date")
                        .with(ops)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\": \"" + far + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value(far));
        mvc.perform(post("/api/lending/business-date")
                        .with(ops)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\": \"2020-01-01\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/lending/business-date")
                        .with(ServiceTests.caller("b-1", "borrower"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\": \"" + far + "\"}"))
                .andExpect(status().isForbidden());
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(MockMvcRequestBuilders.get("/api/lending/business-date")
                                .with(ops))
                        .andExpect(jsonPath("$.date").value(far)));
    }

    @Test
    void givenBadInput_whenCalculated_thenEachFieldIsNamed() throws Exception {
        mvc.perform(post("/public/loan-calculator")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"principal": "lots", "annualRate": "-3", "termMonths": 0,
                         "fees": [{"name": "x", "amount": "1.001", "charged": "LATER"}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("fees[0].charged")));
        mvc.perform(post("/public/loan-calculator")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"principal": "lots", "annualRate": "-3", "termMonths": 0}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("principal")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("annualRate")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("termMonths")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("firstDueDate")));
        mvc.perform(post("/public/loan-calculator")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"principal": "100.005", "annualRate": "5", "termMonths": 12, "firstDueDate": "2027-01-01"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("principal"));
        mvc.perform(post("/public/loan-calculator")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"principal": "100.00", "annualRate": "5", "termMonths": 12, "firstDueDate": "2027-01-01",
                         "fees": [{"name": "x", "amount": "100.00", "charged": "AT_DISBURSEMENT"}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("fees"));
    }
}
