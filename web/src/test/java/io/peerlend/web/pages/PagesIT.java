package io.peerlend.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.peerlend.lending.api.http.MoneyRequest;
import io.peerlend.lending.api.http.RepaymentRequest;
import io.peerlend.web.services.Services;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import org.springframework.web.client.ResourceAccessException;
import tools.jackson.databind.json.JsonMapper;

/** The pages and who may open them; the services behind them answer as scripted here. */
@SpringBootTest
@AutoConfigureMockMvc
class PagesIT {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Services services;

    @Test
    void givenAVisitor_whenTheyOpenPages_thenPublicOnesShowAndTheirAccountAsksThemToLogIn() throws Exception {
        String home = mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(home).contains("<html lang=\"en-GB\"", "Log in or register", "/calculator", "/public/disclosure");
        mvc.perform(get("/app"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", Matchers.endsWith("/oauth2/authorization/keycloak")));
        // default-deny: a page nobody declared is never served, signed in or not
        mvc.perform(get("/anything-else")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/anything-else").with(oidcLogin())).andExpect(status().isForbidden());
        // a form posted without the page's CSRF token is refused
        mvc.perform(post("/calculator").param("principal", "5000")).andExpect(status().isForbidden());
    }

    @Test
    void givenAVisitor_whenTheirBrowserInstallsTheApp_thenTheShellIsPublicAndTheOfflinePageHoldsNothingPersonal()
            throws Exception {
        // every page links the manifest and the script that registers the service worker
        String home = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("rel=\"manifest\" href=\"/manifest.webmanifest\"", "src=\"/js/pwa.js\"");
        String manifest = mvc.perform(get("/manifest.webmanifest"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonMapper.builder().build().readTree(manifest).path("icons").size())
                .isEqualTo(3);
        for (String shell : List.of("/sw.js", "/js/pwa.js", "/js/offline-calculator.js", "/icons/icon-512.png")) {
            mvc.perform(get(shell)).andExpect(status().isOk());
        }

        // the offline page is the calculator in the reader's language, the same whoever asks: nothing of theirs
        String offline = mvc.perform(get("/offline").param("lang", "zh-CN"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(offline)
                .contains("您已离线", "data-currency=\"GBP\"", "data-fraction-digits=\"2\"", "offline-calculator.js")
                .doesNotContain("logout");
        String signedIn = mvc.perform(get("/offline")
                        .param("lang", "zh-CN")
                        .with(oidcLogin().idToken(t -> t.claim("given_name", "Bella"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(signedIn).doesNotContain("Bella").doesNotContain("logout");
    }

    @Test
    void givenABadTerm_whenCalculated_thenTheFieldSaysWhyInTheChosenLanguage() throws Exception {
        String english = mvc.perform(post("/calculator")
                        .with(csrf())
                        .param("principal", "5000.00")
                        .param("annualRate", "7.5")
                        .param("termMonths", "three years")
                        .param("firstDueDate", "2027-01-31"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(english)
                .contains(
                        "Enter the term as a whole number of months, such as 36.",
                        "id=\"termMonths\"",
                        "aria-invalid=\"true\"");
        String chinese = mvc.perform(post("/calculator")
                        .with(csrf())
                        .param("lang", "zh-CN")
                        .param("principal", "5000.00")
                        .param("annualRate", "7.5")
                        .param("termMonths", "three years")
                        .param("firstDueDate", "2027-01-31"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(chinese).contains("请以整数月份输入期限，例如 36。", "<html lang=\"zh-CN\"");
    }

    @Test
    void givenABorrower_whenTheyOpenTheirAccount_thenTheirLoansAreListedWithAmountsInTheirLanguage() throws Exception {
        given(services.lending(eq("/api/lending/loans?summary=true&limit=50"), any()))
                .willReturn(JsonMapper.builder().build().readTree("""
                [{"loanId": "l1", "status": "ACTIVE", "grade": "B", "termMonths": 36, "currency": "GBP",
                  "principal": "5000.00", "outstandingPrincipal": "4200.50"}]"""));
        String page = mvc.perform(get("/app")
                        .with(oidcLogin()
                                .idToken(t -> t.claim("given_name", "Bella"))
                                .authorities(new SimpleGrantedAuthority("ROLE_borrower"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Hello, Bella", "Your loans", "£5,000.00", "£4,200.50", "B · 36")
                .doesNotContain("Early-warning indicators", "Loans in arrears");
    }

    @Test
    void givenACalculation_whenTheServiceRefusesTheAmount_thenItsReasonIsShownBesideTheField() throws Exception {
        given(services.calculate(any()))
                .willThrow(new Services.Rejected(
                        400,
                        "Invalid request",
                        List.of(new Services.FieldError("principal", "must be an amount such as 5000.00"))));
        String page = mvc.perform(post("/calculator")
                        .with(csrf())
                        .param("principal", "lots")
                        .param("annualRate", "7.5")
                        .param("termMonths", "36")
                        .param("firstDueDate", "2027-01-31"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"principal-error\"", "must be an amount such as 5000.00", "value=\"lots\"");
    }

    @Test
    void givenARegulator_whenTheyAskForTheBookAsOfABadDate_thenTheDateFieldSaysWhy_andBorrowersMayNotLook()
            throws Exception {
        given(services.disclosure(eq("/api/disclosure/book?by=grade&asOf=last week"), any()))
                .willThrow(new Services.Rejected(
                        400,
                        "Invalid request",
                        List.of(new Services.FieldError("asOf", "must be a date such as 2027-01-31"))));
        String page = mvc.perform(get("/app/supervision/book")
                        .param("by", "grade")
                        .param("asOf", "last week")
                        .with(oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_regulator"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"asOf-error\"", "must be a date such as 2027-01-31", "value=\"last week\"");
        mvc.perform(get("/app/supervision/book")
                        .with(oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_borrower"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void givenABookAsOfADateStillBeingRebuilt_whenARegulatorAsks_thenThePageSaysSoAndHowFarItHasGot() throws Exception {
        // the disclosure service answered 202 with where the rebuild stands
        given(services.disclosure(eq("/api/disclosure/book?by=grade&asOf=2027-01-31"), any()))
                .willReturn(JsonMapper.builder()
                        .build()
                        .readTree("{\"asOf\": \"2027-01-31\", \"status\": \"RUNNING\", \"eventsRead\": 120000}"));
        String page = mvc.perform(get("/app/supervision/book")
                        .param("by", "grade")
                        .param("asOf", "2027-01-31")
                        .with(oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_regulator"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("id=\"rebuilding\"", "The book as of 2027-01-31 is being rebuilt", "120000 read so far")
                .doesNotContain("id=\"book\"");
    }

    @Test
    void givenALender_whenTheyDeposit_thenTheFormsKeyGoesWithIt_andARefusedAmountIsShownBesideTheField()
            throws Exception {
        var lender = oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_lender"));
        given(services.postLending(eq("/api/lending/accounts/me/deposits"), any(), eq("key-2"), any()))
                .willThrow(new Services.Rejected(
                        400,
                        "Invalid request",
                        List.of(new Services.FieldError("amount", "must be an amount such as 250.00"))));
        mvc.perform(post("/app/money/deposits")
                        .with(csrf())
                        .with(lender)
                        .param("amount", "250.00")
                        .param("idempotencyKey", "key-1"))
                .andExpect(status().is3xxRedirection())
                .andExpect(MockMvcResultMatchers.flash().attribute("done", "deposits"));
        Mockito.verify(services)
                .postLending(
                        eq("/api/lending/accounts/me/deposits"), eq(new MoneyRequest("250.00")), eq("key-1"), any());
        mvc.perform(post("/app/money/deposits")
                        .with(csrf())
                        .with(lender)
                        .param("amount", "ten")
                        .param("idempotencyKey", "key-2"))
                .andExpect(MockMvcResultMatchers.flash()
                        .attribute("errors", Map.of("deposits", "must be an amount such as 250.00")));
        // the page renders a fresh key for each form; borrowers have no money page
        String page = mvc.perform(get("/app/money").with(lender))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("name=\"idempotencyKey\"", "id=\"deposits-amount\"", "id=\"withdrawals-amount\"");
        mvc.perform(get("/app/money").with(oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_borrower"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void givenARegulator_whenTheyOpenTheirStartPage_thenTheIndicatorsShowWithBreachesMarked() throws Exception {
        given(services.disclosure(eq("/api/disclosure/indicators"), any()))
                .willReturn(JsonMapper.builder().build().readTree("""
                        {"day": {"date": "2027-03-31", "indicators": [
                          {"name": "overdue-rate", "value": 0.25, "rule": "at most", "threshold": 0.05, "breached": true},
                          {"name": "liquidity", "value": null, "rule": "at most", "threshold": 0.25, "breached": false}]}}"""));
        String page = mvc.perform(get("/app")
                        .with(oidcLogin()
                                .idToken(t -> t.claim("given_name", "Rita"))
                                .authorities(new SimpleGrantedAuthority("ROLE_regulator"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(
                        "Hello, Rita",
                        "As of 2027-03-31",
                        "class=\"breach\"",
                        "Overdue rate",
                        "0.25",
                        "at most 0.05",
                        "Liquidity",
                        "–");
    }

    @Autowired
    ClientRegistrationRepository clients;

    @Test
    void givenASignedInUser_whenTheyLogOut_thenKeycloakEndsTheirSessionAndSendsThemHome() throws Exception {
        mvc.perform(post("/logout")
                        .with(csrf())
                        .with(oidcLogin().clientRegistration(clients.findByRegistrationId("keycloak"))))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string(
                                "Location",
                                Matchers.allOf(
                                        Matchers.startsWith(
                                                "http://localhost:8180/realms/peerlend/protocol/openid-connect/logout?"),
                                        Matchers.containsString("id_token_hint="),
                                        Matchers.containsString("post_logout_redirect_uri=http://localhost/"))));
    }

    @Test
    void givenAServiceThatRefusesOrIsAway_whenAPageNeedsIt_thenThePageSaysSoWithTheRightStatus() throws Exception {
        var regulator = oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_regulator"));
        given(services.disclosure(eq("/api/disclosure/alerts"), any()))
                .willThrow(new Services.Rejected(403, "Your role does not allow this request.", List.of()));
        assertThat(mvc.perform(get("/app/supervision").with(regulator))
                        .andExpect(status().isForbidden())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Your role does not allow this request.");
        given(services.disclosure(eq("/api/disclosure/alerts"), any()))
                .willThrow(new ResourceAccessException("connection refused"));
        assertThat(mvc.perform(get("/app/supervision").with(regulator))
                        .andExpect(status().isServiceUnavailable())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("not available at the moment");
    }

    @Test
    void givenABorrowersLoan_whenTheyOpenIt_thenTheScheduleAndPaymentsShow_andSomeoneElsesIsRefused() throws Exception {
        var borrower = oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_borrower"));
        given(services.lending(eq("/api/lending/loans/{id}"), any(), eq("app-1")))
                .willReturn(JsonMapper.builder().build().readTree("""
                        {"loanId": "app-1", "status": "ACTIVE", "grade": "B", "termMonths": 12, "currency": "GBP",
                         "principal": "1200.00", "ratePercent": 6.5, "outstandingPrincipal": "1100.00",
                         "arrears": {"bucket": "1-30", "daysPastDue": 5, "overdue": "103.50", "missedInstalments": 1},
                         "schedule": [{"number": 1, "dueDate": "2027-02-01", "principal": "100.00", "interest": "6.50",
                                       "lateFee": "0.00", "paid": "106.50", "status": "PAID"}],
                         "payments": [{"reference": "r1", "kind": "SCHEDULED", "amount": "106.50", "status": "SETTLED",
                                       "asOf": "2027-02-01"}], "lenders": 3}"""));
        String page = mvc.perform(get("/app/loans/app-1").with(borrower))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(
                        "grade B, 12 months",
                        "£1,100.00",
                        "5 days overdue: £103.50 to pay now",
                        "PAID",
                        "SETTLED",
                        "£106.50");
        given(services.lending(eq("/api/lending/loans/{id}"), any(), eq("app-2")))
                .willThrow(new Services.Rejected(404, "no such loan", List.of()));
        mvc.perform(get("/app/loans/app-2").with(borrower)).andExpect(status().isNotFound());
        mvc.perform(get("/app/loans/app-1").with(oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_lender"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void givenOpsStaff_whenTheyOpenTheirStartPage_thenLoansInArrearsLinkToEachLoan() throws Exception {
        given(services.lending(eq("/api/lending/ops/loans/arrears"), any()))
                .willReturn(JsonMapper.builder().build().readTree("""
                        [{"loanId": "app-9", "status": "ACTIVE", "grade": "C", "termMonths": 24, "currency": "GBP",
                          "principal": "2000.00", "outstandingPrincipal": "1800.00",
                          "arrears": {"bucket": "31-60", "daysPastDue": 40, "overdue": "180.00", "missedInstalments": 2}}]
                        """));
        String page = mvc.perform(get("/app").with(oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_ops"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Loans in arrears", "href=\"/app/loans/app-9\"", "31-60 (40)", "/app/supervision");
    }

    @Test
    void givenABorrower_whenTheyRepayEarlyOrWithdraw_thenTheFormsKeyGoesWithIt_andARefusalIsShownOnTheLoan()
            throws Exception {
        var borrower = oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_borrower"));
        mvc.perform(post("/app/loans/app-1/repayments")
                        .with(csrf())
                        .with(borrower)
                        .param("amount", "100.00")
                        .param("idempotencyKey", "k-1"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/app/loans/app-1"))
                .andExpect(MockMvcResultMatchers.flash().attribute("done", "repayments"));
        Mockito.verify(services)
                .postLending(
                        eq("/api/lending/loans/app-1/repayments"),
                        eq(new RepaymentRequest("100.00", false)),
                        eq("k-1"),
                        any());
        mvc.perform(post("/app/loans/app-1/repayments")
                        .with(csrf())
                        .with(borrower)
                        .param("full", "true")
                        .param("idempotencyKey", "k-2"))
                .andExpect(status().is3xxRedirection());
        Mockito.verify(services)
                .postLending(
                        eq("/api/lending/loans/app-1/repayments"),
                        eq(new RepaymentRequest(null, true)),
                        eq("k-2"),
                        any());
        given(services.postLending(eq("/api/lending/loans/app-1/withdrawal"), any(), eq("k-3"), any()))
                .willThrow(new Services.Rejected(409, "the cooling-off period ended on 2027-02-15", List.of()));
        mvc.perform(post("/app/loans/app-1/withdrawal")
                        .with(csrf())
                        .with(borrower)
                        .param("idempotencyKey", "k-3"))
                .andExpect(MockMvcResultMatchers.flash()
                        .attribute("errors", Map.of("withdrawal", "the cooling-off period ended on 2027-02-15")));
    }
}
