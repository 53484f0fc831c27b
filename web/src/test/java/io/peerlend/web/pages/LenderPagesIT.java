package io.peerlend.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.peerlend.lending.api.http.AutoInvestRequest;
import io.peerlend.lending.api.http.OfferRequest;
import io.peerlend.web.services.Services;
import io.peerlend.web.services.Services.Service;
import io.peerlend.web.statements.StatementsTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
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

/** A lender's pages: the assessment, the markets and offers, auto-invest, the portfolio and the statements. */
@SpringBootTest
@AutoConfigureMockMvc
class LenderPagesIT {

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
    void markets() {
        StringBuilder markets = new StringBuilder("[");
        for (String g : List.of("A*", "A", "B", "C", "D", "E")) {
            for (int t : List.of(12, 24, 36, 48, 60)) {
                boolean b36 = g.equals("B") && t == 36;
                markets.append(markets.length() > 1 ? "," : "").append("""
                        {"market": "market:%s:%d", "grade": "%s", "termMonths": %d, "available": "%s",
                         "lowestRate": %s, "offers": %d, "guidanceRate": %s, "breakEvenRate": %s}""".formatted(
                                g,
                                t,
                                g,
                                t,
                                b36 ? "1200.00" : "0.00",
                                b36 ? "\"6.25\"" : "null",
                                b36 ? 2 : 0,
                                b36 ? "\"9.17\"" : "null",
                                b36 ? "\"6.95\"" : "null"));
            }
        }
        given(services.get(eq(Service.LENDING), eq("/public/lending/markets"), any()))
                .willReturn(json(markets.append("]").toString()));
        given(services.get(eq(Service.LENDING), eq("/api/lending/offers"), any()))
                .willReturn(json("""
                [{"offerId": "off-1", "market": "market:B:36", "amount": "500.00", "remaining": "300.00",
                  "rate": "6.50", "status": "ACTIVE", "warning": "at 6.50% this offer is expected to lose money"}]"""));
        given(services.get(eq(Service.LENDING), eq("/api/lending/appropriateness/questions"), any()))
                .willReturn(json("""
                        [{"id": "capital", "text": "If borrowers do not repay?", "options": [{"id": "a", "text": "Safe"},
                          {"id": "b", "text": "You may lose it"}], "correct": "b", "explanation": "Your capital is at risk."}]"""));
    }

    @Test
    void givenANewLender_whenTheyFailTheAssessment_thenEachMisunderstandingIsExplainedWithTheRetryTime()
            throws Exception {
        given(services.get(eq(Service.LENDING), eq("/api/lending/suitability"), any()))
                .willReturn(json("""
                {"assessed": false, "categoryRequired": true, "category": null, "limitIn12Months": null}"""));
        String page = page(get("/app/invest").with(lender()));
        assertThat(page)
                .contains(
                        "id=\"answer-capital-b\"",
                        "6.25% (£1,200.00)",
                        "id=\"cancel-off-1\"",
                        "Waiting in the market",
                        // the market's guidance (break-even) rate, and the offer below break-even marked as such
                        "id=\"guidance\"",
                        "9.17% (6.95%)",
                        "below break-even");

        given(services.post(eq(Service.LENDING), eq("/api/lending/appropriateness"), any(), any(), any()))
                .willReturn(json("""
                        {"lenderId": "l1", "passed": false, "misunderstood": ["capital"],
                         "retryAfter": "2027-01-02T10:00:00Z"}"""));
        MvcResult answered = mvc.perform(post("/app/invest/appropriateness")
                        .with(lender())
                        .with(csrf())
                        .param("answer.capital", "a"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(services).post(eq(Service.LENDING), eq("/api/lending/appropriateness"), sent.capture(), any(), any());
        assertThat(sent.getValue()).isEqualTo(Map.of("answers", Map.of("capital", "a")));
        assertThat(page(get("/app/invest").with(lender()).flashAttrs(answered.getFlashMap())))
                .contains("id=\"assessment-failed\"", "Your capital is at risk.", "2 Jan 2027");
    }

    @Test
    void givenAnOffer_whenTheServiceRefusesTheRate_thenItIsShownBesideTheRate_andTheKeyTravelsWithIt()
            throws Exception {
        given(services.get(eq(Service.LENDING), eq("/api/lending/suitability"), any()))
                .willReturn(json("""
                {"assessed": true, "categoryRequired": true, "category": "HIGH_NET_WORTH", "limitIn12Months": "none"}"""));
        given(services.post(eq(Service.LENDING), eq("/api/lending/offers"), any(), eq("key-1"), any()))
                .willThrow(new Services.Rejected(
                        400,
                        "Invalid request",
                        List.of(new Services.FieldError("rate", "must be a percentage such as 6.50"))));
        MvcResult refused = mvc.perform(post("/app/invest/offers")
                        .with(lender())
                        .with(csrf())
                        .param("grade", "B")
                        .param("termMonths", "36")
                        .param("amount", "250.00")
                        .param("rate", "six")
                        .param("idempotencyKey", "key-1"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(services).post(eq(Service.LENDING), eq("/api/lending/offers"), sent.capture(), eq("key-1"), any());
        assertThat(sent.getValue()).isEqualTo(new OfferRequest("B", 36, "250.00", "six"));
        String page = page(get("/app/invest").with(lender()).flashAttrs(refused.getFlashMap()));
        assertThat(page)
                .contains(
                        "id=\"offer-rate-error\"",
                        "must be a percentage such as 6.50",
                        "value=\"six\"",
                        "You passed the appropriateness assessment.",
                        "A high-net-worth investor")
                .doesNotContain("id=\"answer-capital-b\"");
    }

    @Test
    void givenAnOfferBelowBreakEven_whenPlaced_thenTheWarningIsWordedBesideTheRateInTheReadersLanguage()
            throws Exception {
        given(services.get(eq(Service.LENDING), eq("/api/lending/suitability"), any()))
                .willReturn(json("""
                {"assessed": true, "categoryRequired": true, "category": "HIGH_NET_WORTH", "limitIn12Months": "none"}"""));
        given(services.post(eq(Service.LENDING), eq("/api/lending/offers"), any(), eq("key-2"), any()))
                .willReturn(json("""
                {"offerId": "off-2", "market": "market:B:36", "amount": "250.00", "remaining": "250.00",
                 "rate": "5.75", "status": "PENDING", "warning": "at 5.75% this offer is expected to lose money"}"""));
        MvcResult placed = mvc.perform(post("/app/invest/offers")
                        .with(lender())
                        .with(csrf())
                        .param("grade", "B")
                        .param("termMonths", "36")
                        .param("amount", "250.00")
                        .param("rate", "5.75")
                        .param("idempotencyKey", "key-2"))
                .andExpect(status().is3xxRedirection())
                .andReturn();

        assertThat(page(get("/app/invest").with(lender()).flashAttrs(placed.getFlashMap())))
                .contains(
                        "id=\"offer-rate-warning\"",
                        "Your offer was placed, but at 5.75% it is expected to lose money: loans in grade B over 36 "
                                + "months need at least 6.95%",
                        "the guidance rate is 9.17%");
        assertThat(page(get("/app/invest").with(lender()).param("lang", "zh-CN").flashAttrs(placed.getFlashMap())))
                .contains("按 5.75% 的利率预计会亏损", "指导利率为 9.17%");
    }

    @Test
    void givenAnAutoInvestRuleWithoutALowestRate_whenSaved_thenTheGuidanceIsItsFloor() throws Exception {
        mvc.perform(post("/app/invest/auto")
                        .with(lender())
                        .with(csrf())
                        .param("enabled", "true")
                        .param("market", "B:36")
                        .param("minRate", " ")
                        .param("maxRate", "12.00"))
                .andExpect(status().is3xxRedirection());
        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(services).put(eq(Service.LENDING), eq("/api/lending/auto-invest"), sent.capture(), any());
        assertThat(sent.getValue())
                .isEqualTo(new AutoInvestRequest(
                        true, List.of(new AutoInvestRequest.Market("B", 36)), null, "12.00", null, false));
    }

    @Test
    void givenAnAutoInvestRule_whenSaved_thenTheTickedMarketsAndTheBandAreSent() throws Exception {
        mvc.perform(post("/app/invest/auto")
                        .with(lender())
                        .with(csrf())
                        .param("enabled", "true")
                        .param("market", "A*:12", "B:36")
                        .param("minRate", "4.00")
                        .param("maxRate", "9.00")
                        .param("maxPerLoan", ""))
                .andExpect(status().is3xxRedirection());
        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(services).put(eq(Service.LENDING), eq("/api/lending/auto-invest"), sent.capture(), any());
        assertThat(sent.getValue())
                .isEqualTo(new AutoInvestRequest(
                        true,
                        List.of(new AutoInvestRequest.Market("A*", 12), new AutoInvestRequest.Market("B", 36)),
                        "4.00",
                        "9.00",
                        null,
                        false));
    }

    @Test
    void givenAPortfolio_whenOpened_thenMoneyByGradeInterestByMonthAndArrearsAreChartedWithTheirFigures()
            throws Exception {
        given(services.get(eq(Service.LENDING), eq("/api/lending/portfolio?parts=100"), any()))
                .willReturn(json("""
                {"currency": "GBP", "parts": 2, "lent": "300.00", "outstanding": "280.00", "principalRepaid": "20.00",
                 "interestEarned": "3.10", "byGrade": [{"grade": "A", "parts": 1, "lent": "100.00"},
                   {"grade": "B", "parts": 1, "lent": "200.00"}],
                 "outstandingByArrears": {"current": "180.00", "1-30": "100.00"},
                 "defaults": {"parts": 0, "outstanding": "0.00", "recovered": "0.00"},
                 "returns": {"expectedAnnualPercent": 5.1, "earnedToDatePercent": 1.03, "losses": "0.00",
                   "expectedLossAnnualPercent": 1.24, "lossGivenDefault": 0.85, "lossGivenDefaultSource": "ASSUMED"},
                 "loanParts": [{"loanId": "l1", "grade": "B", "termMonths": 36, "ratePercent": 6.5, "lent": "200.00",
                   "outstanding": "180.00", "principalRepaid": "20.00", "interestEarned": "3.10", "status": "ACTIVE"}]}"""));
        given(services.get(eq(Service.LENDING), eq("/api/lending/accounts/me"), any()))
                .willReturn(StatementsTest.ACCOUNT);
        String page = page(get("/app/portfolio").with(lender()));
        assertThat(page)
                .contains(
                        "id=\"chart-grades\"",
                        "Money lent by grade",
                        "width=\"100%\"",
                        "width=\"50%\"",
                        "id=\"chart-interest\"",
                        "2027-07",
                        "£0.25",
                        "id=\"chart-arrears\"",
                        "1-30",
                        "£100.00",
                        "Your loan parts (2)",
                        "Expected loss a year",
                        "1.24%",
                        "a loss given default of 85%, the platform&#39;s stated assumption");
    }

    @Test
    void givenALender_whenTheyDownloadTheirStatement_thenCsvAndPdfComeAsAttachments_andBorrowersMayNot()
            throws Exception {
        given(services.get(eq(Service.LENDING), eq("/api/lending/accounts/me"), any()))
                .willReturn(StatementsTest.ACCOUNT);
        String csv = mvc.perform(get("/app/money/statement.csv").with(lender()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"peerlend-statement.csv\""))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv)
                .startsWith("date,type,reference,amount,balance,currency")
                .contains("1000.00");
        byte[] pdf = mvc.perform(get("/app/money/statement.pdf").with(lender()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        // in the language the reader chose for the pages
        byte[] chinese = mvc.perform(
                        get("/app/money/statement.pdf").param("lang", "zh-CN").with(lender()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PdfReader reader = new PdfReader(chinese)) {
            assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("出借人账户对账单", "存款");
        }
        mvc.perform(get("/app/money/statement.csv")
                        .with(oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_borrower"))))
                .andExpect(status().isForbidden());
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
