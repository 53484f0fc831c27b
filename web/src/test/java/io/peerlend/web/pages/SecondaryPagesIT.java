package io.peerlend.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.peerlend.lending.api.http.ListingRequest;
import io.peerlend.web.services.Services;
import io.peerlend.web.services.Services.Service;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The secondary market's page: selling holdings, one's own listings, and the listings of others to buy. */
@SpringBootTest
@AutoConfigureMockMvc
class SecondaryPagesIT {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Services services;

    private static OidcLoginRequestPostProcessor lender() {
        return oidcLogin()
                .idToken(t -> t.claim("name", "Leonora Vance"))
                .authorities(new SimpleGrantedAuthority("ROLE_lender"));
    }

    @BeforeEach
    void market() {
        given(services.get(eq(Service.LENDING), eq("/api/lending/portfolio?parts=100"), any()))
                .willReturn(json("""
                {"currency": "GBP", "loanParts": [
                  {"loanId": "loan-1", "grade": "B", "termMonths": 36, "ratePercent": 9.5, "outstanding": "1000.00",
                   "status": "ACTIVE", "arrears": "CURRENT"},
                  {"loanId": "loan-2", "grade": "C", "termMonths": 48, "ratePercent": 11, "outstanding": "400.00",
                   "status": "ACTIVE", "arrears": "1-30"},
                  {"loanId": "loan-9abcdef0", "grade": "A", "termMonths": 12, "ratePercent": 5, "outstanding": "250.00",
                   "status": "ACTIVE", "arrears": "CURRENT"}]}"""));
        given(services.get(eq(Service.LENDING), eq("/api/lending/secondary-market/listings/mine"), any()))
                .willReturn(json("""
                [{"listingId": "lst-1", "loanId": "loan-9abcdef0", "status": "OPEN", "mine": true, "grade": "A",
                  "principal": "250.00", "premium": "0.50", "askingPrice": "251.25"}]"""));
        given(services.get(eq(Service.LENDING), eq("/api/lending/secondary-market/listings"), any()))
                .willReturn(json("""
                [{"listingId": "lst-1", "loanId": "loan-9abcdef0", "status": "OPEN", "mine": true},
                 {"listingId": "lst-2", "loanId": "loan-7", "status": "OPEN", "mine": false, "grade": "B",
                  "ratePercent": "9.50", "monthsLeft": 30, "instalmentsPaid": 6, "instalmentsOverdue": 0,
                  "arrears": "CURRENT", "principal": "900.00", "premium": "-1.00", "askingPrice": "891.00",
                  "yieldToMaturity": "9.4"}]"""));
    }

    @Test
    void givenHoldingsAndListings_whenTheLenderOpensThePage_thenTheyCanSellThePerformingPartsAndBuyOthers()
            throws Exception {
        String page = page(get("/app/secondary").with(lender()));

        assertThat(page)
                .contains(
                        // only the part of a loan being repaid on time is offered for sale
                        "id=\"sell-loan-1\"",
                        "Grade B · 36 months · 9.5% · £1,000.00 outstanding",
                        // their own listing, with a cancel button
                        "id=\"cancel-lst-1\"",
                        "For sale",
                        // another lender's listing with its facts and yield
                        "id=\"buy-lst-2\"",
                        "£891.00",
                        "9.4%",
                        "6 · 0")
                // a part in arrears, or one listed already, is not offered again
                .doesNotContain("id=\"sell-loan-2\"", "id=\"sell-loan-9abcdef0\"", "id=\"buy-lst-1\"");
    }

    @Test
    void givenAPremiumOutOfBounds_whenListing_thenTheReasonIsBesideThePremium_andTheKeyTravelsWithIt()
            throws Exception {
        given(services.post(eq(Service.LENDING), eq("/api/lending/secondary-market/listings"), any(), eq("k-1"), any()))
                .willThrow(new Services.Rejected(
                        400,
                        "Invalid request",
                        List.of(new Services.FieldError("premium", "must be between -10.00% and 5.00%"))));
        MvcResult refused = mvc.perform(post("/app/secondary/listings")
                        .with(lender())
                        .with(csrf())
                        .param("loanId", "loan-1")
                        .param("premium", "7.00")
                        .param("idempotencyKey", "k-1"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(services)
                .post(
                        eq(Service.LENDING),
                        eq("/api/lending/secondary-market/listings"),
                        sent.capture(),
                        eq("k-1"),
                        any());
        assertThat(sent.getValue()).isEqualTo(new ListingRequest(List.of("loan-1"), false, "7.00"));

        assertThat(page(get("/app/secondary").with(lender()).flashAttrs(refused.getFlashMap())))
                .contains("id=\"sell-premium-error\"", "must be between -10.00% and 5.00%", "value=\"7.00\"");
    }

    @Test
    void givenAListing_whenBought_thenWhatWasPaidIsShown_andARefusalIsExplainedInChinese() throws Exception {
        given(services.post(
                        eq(Service.LENDING),
                        eq("/api/lending/secondary-market/listings/lst-2/purchase"),
                        isNull(),
                        eq("b-1"),
                        any()))
                .willReturn(json("""
                {"purchaseId": "buy-1", "listingId": "lst-2", "loanId": "loan-7", "principal": "900.00",
                 "premium": "-9.00", "accruedInterest": "1.62", "price": "892.62", "status": "BOUGHT"}"""));
        MvcResult bought = mvc.perform(post("/app/secondary/listings/lst-2/purchase")
                        .with(lender())
                        .with(csrf())
                        .param("idempotencyKey", "b-1"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(page(get("/app/secondary").with(lender()).flashAttrs(bought.getFlashMap())))
                .contains(
                        "You bought the loan part",
                        "You paid £892.62: principal £900.00 and interest accrued to today £1.62");

        given(services.post(
                        eq(Service.LENDING),
                        eq("/api/lending/secondary-market/listings/lst-2/purchase"),
                        isNull(),
                        eq("b-2"),
                        any()))
                .willThrow(new Services.Rejected(409, "this part was sold to another buyer", List.of()));
        MvcResult lost = mvc.perform(post("/app/secondary/listings/lst-2/purchase")
                        .with(lender())
                        .with(csrf())
                        .param("idempotencyKey", "b-2"))
                .andReturn();
        assertThat(page(get("/app/secondary")
                        .param("lang", "zh-CN")
                        .with(lender())
                        .flashAttrs(lost.getFlashMap())))
                .contains("id=\"buy-error\"", "this part was sold to another buyer", "债权转让市场");
    }

    private String page(RequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static JsonNode json(String text) {
        return JsonMapper.builder().build().readTree(text);
    }
}
