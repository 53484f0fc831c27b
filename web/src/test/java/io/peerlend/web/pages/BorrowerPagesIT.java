package io.peerlend.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.peerlend.kyc.api.DocumentType;
import io.peerlend.kyc.api.OnboardingRequest;
import io.peerlend.kyc.api.RelatedParty;
import io.peerlend.kyc.api.SourceOfFundsRequest;
import io.peerlend.lending.api.http.LoanApplicationRequest;
import io.peerlend.web.services.Services;
import io.peerlend.web.services.Services.Service;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A borrower's pages: giving their identity, applying, following the application and reading the quote. */
@SpringBootTest
@AutoConfigureMockMvc
class BorrowerPagesIT {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Services services;

    private static OidcLoginRequestPostProcessor borrower() {
        return oidcLogin()
                .idToken(t -> t.claim("given_name", "Bella").claim("family_name", "Borrower"))
                .authorities(new SimpleGrantedAuthority("ROLE_borrower"));
    }

    @Test
    void givenANewCustomer_whenTheyGiveTheirIdentity_thenTheDocumentLinesGoToKycAndABadDateIsExplained()
            throws Exception {
        // given no KYC record yet: the form, with their name from Keycloak
        String form = page(get("/app/identity").with(borrower()));
        assertThat(form)
                .contains("id=\"fullName\"", "value=\"Bella Borrower\"", "id=\"mrz\"", "id=\"role-borrower\"")
                .doesNotContain("role-lender", "checked=\"checked\"");

        // when the date of birth is not a date, it is explained beside the field and KYC is not asked
        MockHttpSession session = new MockHttpSession();
        MvcResult bad = mvc.perform(post("/app/identity")
                        .with(borrower())
                        .with(csrf())
                        .session(session)
                        .param("roles", "borrower")
                        .param("fullName", "Bella Borrower")
                        .param("dateOfBirth", "April")
                        .param("documentType", "MRZ"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String again =
                page(get("/app/identity").with(borrower()).session(session).flashAttrs(bad.getFlashMap()));
        assertThat(again)
                .contains("id=\"dateOfBirth-error\"", "must be a date such as 1984-04-04", "value=\"Bella Borrower\"");
        verify(services, never()).post(eq(Service.KYC), any(), any(), any(), any());

        // when KYC refuses the document's lines, its reason is shown beside the lines
        given(services.post(eq(Service.KYC), eq("/api/kyc/onboarding"), any(), isNull(), any()))
                .willThrow(new Services.Rejected(
                        400,
                        "Invalid request",
                        List.of(new Services.FieldError("document.lines", "the check digits do not match"))));
        MvcResult refused = mvc.perform(post("/app/identity")
                        .with(borrower())
                        .with(csrf())
                        .param("roles", "borrower")
                        .param("fullName", "Bella Borrower")
                        .param("dateOfBirth", "1984-04-04")
                        .param("nationality", "gb")
                        .param("documentType", "MRZ")
                        .param("mrz", "P<GBRBORROWER<<BELLA\r\n  L123<<<<<  \r\n")
                        .param("politicallyExposed", "no")
                        .param("relatedParty", "CLOSE_FAMILY"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(page(get("/app/identity").with(borrower()).flashAttrs(refused.getFlashMap())))
                .contains("id=\"mrz-error\"", "the check digits do not match");
        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(services).post(eq(Service.KYC), eq("/api/kyc/onboarding"), sent.capture(), isNull(), any());
        OnboardingRequest request = (OnboardingRequest) sent.getValue();
        assertThat(request.document().type()).isEqualTo(DocumentType.MRZ);
        assertThat(request.document().lines()).containsExactly("P<GBRBORROWER<<BELLA", "L123<<<<<");
        assertThat(request.nationality()).isEqualTo("GB");
        assertThat(request.politicallyExposed()).isFalse();
        // and their answer on being related to the platform goes with it
        assertThat(request.relatedParty()).isEqualTo(RelatedParty.CLOSE_FAMILY);
    }

    @Test
    void givenAVerifiedCustomer_whenTheyOpenTheirIdentity_thenTheyReadWhereItStands() throws Exception {
        given(services.get(eq(Service.KYC), eq("/api/kyc/customers/me"), any())).willReturn(json("""
                {"customerId": "b1", "status": "VERIFIED", "reasons": [], "reverifyBy": "2029-11-27"}"""));
        assertThat(page(get("/app/identity").with(borrower())))
                .contains("Verified: you may borrow or lend.", "id=\"apply-link\"")
                .doesNotContain("id=\"mrz\"");
    }

    @Test
    void givenACustomerInReview_whenTheyDeclareTheirSourceOfFunds_thenAMissingChoiceIsShownBesideItAndAGoodOneIsSent()
            throws Exception {
        given(services.get(eq(Service.KYC), eq("/api/kyc/customers/me"), any())).willReturn(json("""
                {"customerId": "b1", "status": "IN_REVIEW", "reasons": ["we are checking your details"]}"""));
        assertThat(page(get("/app/identity").with(borrower())))
                .contains("id=\"source-of-funds\"", "Where your money comes from", "id=\"details\"")
                .doesNotContain("id=\"mrz\"");

        MvcResult missing = mvc.perform(post("/app/identity/source-of-funds")
                        .with(borrower())
                        .with(csrf())
                        .param("details", "my salary"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(page(get("/app/identity").with(borrower()).flashAttrs(missing.getFlashMap())))
                .contains("id=\"source-error\"", "choose where your money comes from");
        verify(services, never())
                .post(eq(Service.KYC), eq("/api/kyc/customers/me/source-of-funds"), any(), any(), any());

        mvc.perform(post("/app/identity/source-of-funds")
                        .with(borrower())
                        .with(csrf())
                        .param("source", "SALARY")
                        .param("details", " Nurse, 12 years "))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("sourceOfFundsDone", true));
        verify(services)
                .post(
                        eq(Service.KYC),
                        eq("/api/kyc/customers/me/source-of-funds"),
                        eq(new SourceOfFundsRequest(SourceOfFundsRequest.Source.SALARY, "Nurse, 12 years")),
                        isNull(),
                        any());
    }

    @Test
    void givenARejectedDocument_whenTheCustomerOpensTheirIdentity_thenTheyReadWhyAndMayTryAgain() throws Exception {
        given(services.get(eq(Service.KYC), eq("/api/kyc/customers/me"), any())).willReturn(json("""
                {"customerId": "b1", "status": "REJECTED", "reasons": ["the document has expired"]}"""));
        assertThat(page(get("/app/identity").with(borrower())))
                .contains("Not verified.", "the document has expired", "id=\"mrz\"", "id=\"identity-submit\"");
    }

    @Test
    void givenAnApplication_whenTheServiceRefusesAField_thenItIsShownBesideIt_andAGoodOneOpensTheApplication()
            throws Exception {
        given(services.post(eq(Service.LENDING), eq("/api/lending/applications"), any(), isNull(), any()))
                .willThrow(new Services.Rejected(
                        400,
                        "Invalid request",
                        List.of(new Services.FieldError(
                                "finances.netIncome", "must be a decimal amount such as \"2500.00\""))));
        MvcResult refused = mvc.perform(post("/app/apply")
                        .with(borrower())
                        .with(csrf())
                        .param("amount", "5000")
                        .param("termMonths", "36")
                        .param("purpose", "CAR")
                        .param("netIncome", "lots")
                        .param("age", "41"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(page(get("/app/apply").with(borrower()).flashAttrs(refused.getFlashMap())))
                .contains(
                        "id=\"netIncome-error\"",
                        "must be a decimal amount such as &quot;2500.00&quot;",
                        "value=\"lots\"");

        given(services.post(eq(Service.LENDING), eq("/api/lending/applications"), any(), isNull(), any()))
                .willReturn(json("{\"id\": \"app-1\", \"status\": \"WAITING_FOR_KYC\"}"));
        mvc.perform(post("/app/apply")
                        .with(borrower())
                        .with(csrf())
                        .param("amount", "5000.00")
                        .param("termMonths", "36")
                        .param("purpose", "CAR")
                        .param("netIncome", "3200.00")
                        .param("outgoings", "1400.00")
                        .param("debtRepayments", "120.00")
                        .param("age", "41")
                        .param("employmentYears", "5")
                        .param("existingCredits", "1")
                        .param("currentAccount", "HEALTHY")
                        .param("creditHistory", "EXISTING_REPAID_ON_TIME")
                        .param("savings", "MODERATE")
                        .param("employmentStatus", "EMPLOYED")
                        .param("property", "HOME")
                        .param("otherInstalmentPlans", "NONE")
                        .param("housing", "OWN"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/app/applications/app-1"));
        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(services, Mockito.times(2))
                .post(eq(Service.LENDING), eq("/api/lending/applications"), sent.capture(), isNull(), any());
        LoanApplicationRequest request = (LoanApplicationRequest) sent.getValue();
        assertThat(request.amount()).isEqualTo("5000.00");
        assertThat(request.circumstances().age()).isEqualTo(41);
        assertThat(request.finances().debtRepayments()).isEqualTo("120.00");
    }

    @Test
    void givenAnApplicationBeingChecked_whenOpened_thenThePageShowsTheStepAndFollowsItWithAPause() throws Exception {
        given(services.get(eq(Service.LENDING), eq("/api/lending/applications/{id}"), any(), eq("app-1")))
                .willReturn(json("""
                        {"id": "app-1", "amount": "5000.00", "currency": "GBP", "termMonths": 36,
                         "status": "SCORING", "reasons": []}"""));
        assertThat(page(get("/app/applications/app-1").with(borrower())))
                .contains(
                        "src=\"/js/follow.js\"",
                        "id=\"follow-toggle\"",
                        "data-pause=\"Pause updates\"",
                        "id=\"follow-now\"",
                        "aria-current=\"step\"",
                        "Checking affordability and grading",
                        "Your application: £5,000.00 over 36 months")
                // a refresh the reader cannot stop fails WCAG 2.2.1 (axe's meta-refresh rule, critical)
                .doesNotContain("http-equiv=\"refresh\"");
    }

    @Test
    void givenAQuotedApplication_whenOpened_thenTheAprScheduleAndPreContractInformationAreShownWithAccept()
            throws Exception {
        given(services.get(eq(Service.LENDING), eq("/api/lending/applications/{id}"), any(), eq("app-1")))
                .willReturn(json("""
                        {"id": "app-1", "amount": "5000.00", "currency": "GBP", "termMonths": 12,
                         "status": "QUOTED", "grade": "B", "reasons": []}"""));
        given(services.get(eq(Service.LENDING), eq("/api/lending/applications/{id}/quote"), any(), eq("app-1")))
                .willReturn(json("""
                        {"applicationId": "app-1", "available": true, "rate": "6.50", "apr": "9.1", "fee": "125.00",
                         "amountOfCredit": "4875.00", "monthlyPayment": "431.48", "totalRepayable": "5177.76",
                         "validUntil": "2027-01-10T12:00:00Z",
                         "installments": [{"number": 1, "dueDate": "2027-02-01", "principal": "404.40",
                           "interest": "27.08", "total": "431.48", "balance": "4595.60"}],
                         "preContractInformation": {"creditor": "Peerlend lenders", "apr": "9.1%",
                           "rightOfWithdrawal": "14 days",
                           "consequencesOfMissingPayments": ["a late fee", "reported to credit bureaux"]}}"""));
        String page = page(get("/app/applications/app-1").with(borrower()));
        assertThat(page)
                .contains(
                        "id=\"apr\">9.1%",
                        "£431.48",
                        "Pre-contract credit information",
                        "Annual percentage rate of charge (APR)",
                        "14 days",
                        "<li>reported to credit bureaux</li>",
                        "id=\"accept-submit\"")
                .doesNotContain("http-equiv=\"refresh\"", "follow.js");
    }

    @Test
    void givenAnApplicationJustFunded_whenItsLoanIsOpenedBeforeTheLoanExists_thenThePageSaysItIsBeingOpenedAndFollows()
            throws Exception {
        // given the application is funded, and the loan (opened from the funding a moment later) is not there yet
        given(services.lending(eq("/api/lending/loans/{id}"), any(), eq("app-1")))
                .willThrow(new Services.Rejected(404, "Not Found", List.of()));
        given(services.get(eq(Service.LENDING), eq("/api/lending/applications/{id}"), any(), eq("app-1")))
                .willReturn(json("""
                        {"id": "app-1", "amount": "5000.00", "currency": "GBP", "termMonths": 36,
                         "status": "FUNDED", "reasons": []}"""));

        // when the borrower follows "See your loan", then they read that it is being opened, and the page looks again
        assertThat(page(get("/app/loans/app-1").with(borrower())))
                .contains(
                        "id=\"loan-opening\"",
                        "Your loan is being opened",
                        "src=\"/js/follow.js\"",
                        "id=\"follow-toggle\"",
                        "href=\"/app/applications/app-1\"")
                .doesNotContain("That did not work", "http-equiv=\"refresh\"");
    }

    @Test
    void givenNoSuchLoanForThisBorrower_whenOpened_thenTheRefusalStands() throws Exception {
        // given neither a loan nor a funded application of this borrower under that id (someone else's, or none)
        given(services.lending(eq("/api/lending/loans/{id}"), any(), eq("other")))
                .willThrow(new Services.Rejected(404, "No such loan", List.of()));
        given(services.get(eq(Service.LENDING), eq("/api/lending/applications/{id}"), any(), eq("other")))
                .willThrow(new Services.Rejected(404, "No such application", List.of()));

        // when opened, then the lending service's own refusal is shown with its status, nothing about a loan to come
        String page = mvc.perform(get("/app/loans/other").with(borrower()))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("That did not work", "No such loan").doesNotContain("loan-opening", "follow.js");
    }

    @Test
    void givenALender_whenTheyTryToApply_thenTheyMayNot() throws Exception {
        mvc.perform(get("/app/apply").with(oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_lender"))))
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
