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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.peerlend.kyc.api.ComplaintCategory;
import io.peerlend.kyc.api.ComplaintRequest;
import io.peerlend.kyc.api.NotificationPreferencesRequest;
import io.peerlend.kyc.api.NotificationTopic;
import io.peerlend.kyc.api.OfficerDecision;
import io.peerlend.kyc.api.PushSubscriptionRequest;
import io.peerlend.web.services.Services;
import io.peerlend.web.services.Services.Service;
import io.peerlend.web.services.SystemHealth;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

/** The operations portal and the customers' complaints pages, with the services scripted. */
@SpringBootTest
@AutoConfigureMockMvc
class OpsPagesIT {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Services services;

    @MockitoBean
    SystemHealth systemHealth;

    private static OidcLoginRequestPostProcessor ops() {
        return oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_ops"));
    }

    private static OidcLoginRequestPostProcessor supervisor() {
        return oidcLogin()
                .authorities(new SimpleGrantedAuthority("ROLE_ops"), new SimpleGrantedAuthority("ROLE_ops-supervisor"));
    }

    @Test
    void givenAProcessorHeldBackAndAnOpenBreaker_whenOpsOpenTheSystemPage_thenBothShowAsWrong() throws Exception {
        given(systemHealth.instances())
                .willReturn(List.of(
                        new SystemHealth.Instance(
                                "lending",
                                "127.0.0.1:8081",
                                "UP",
                                Map.of("db", "UP", "mongo", "UP"),
                                List.of(
                                        new SystemHealth.Processor("lending-ledger", 0, 0, 1, 0),
                                        new SystemHealth.Processor("lending-quotes", 3, 95, 1, 1)),
                                List.of(new SystemHealth.Breaker("scoring", "open"))),
                        new SystemHealth.Instance("kyc", "127.0.0.1:8083", "DOWN", Map.of(), List.of(), List.of())));

        given(systemHealth.identityProvider()).willReturn("DOWN");
        given(systemHealth.alerts())
                .willReturn(new SystemHealth.Alerts(
                        true,
                        List.of(new SystemHealth.Alert(
                                "PeerlendProcessorFailing",
                                "critical",
                                "lending-quotes is stopped at an event that keeps failing",
                                "2027-03-02T10:00:00Z"))));
        given(services.get(eq(Service.LENDING), eq("/api/lending/ops/close-of-business"), any()))
                .willReturn(json("""
                        [{"date": "2027-03-01", "status": "DONE", "loans": 40, "closed": 40,
                          "finishedAt": "2027-03-01T18:00:05Z"},
                         {"date": "2027-03-02", "status": "RUNNING", "loans": 40, "closed": 12}]"""));

        String page = page(get("/app/ops/system").with(ops()));

        assertThat(page)
                .as("the newest day of close of business, still running")
                .contains("2027-03-02", "RUNNING", "12 / 40")
                .as("the identity provider, down")
                .containsPattern("Identity provider \\(Keycloak\\)[^<]*</span>:\\s*<strong class=\"breach\">DOWN");
        assertThat(page)
                .contains(
                        "id=\"processor-lending-lending-quotes\"",
                        "stopped at a failing event, retrying",
                        "failing",
                        "95 s")
                .contains("id=\"processor-lending-lending-ledger\"", "up to date")
                .contains("id=\"breaker-lending-scoring\"", "scoring open")
                .contains("kyc", "DOWN");
        assertThat(page)
                .as("the alert firing, from the alert manager")
                .contains("PeerlendProcessorFailing", "lending-quotes is stopped at an event that keeps failing");
        assertThat(mvc.perform(get("/app/ops/system")
                                .with(oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_borrower"))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("a customer is refused")
                .isEqualTo(403);
    }

    @Test
    void givenABlockedCustomer_whenAnOfficerOpensTheQueue_thenTheHitsShowAndAClearanceIsSentAsTheirDecision()
            throws Exception {
        given(services.get(eq(Service.KYC), eq("/api/kyc/reviews"), any())).willReturn(json("""
                [{"customerId": "c-9", "status": "BLOCKED", "riskRating": "HIGH", "reasons": ["sanctions match"],
                  "screeningHits": [{"list": "UK", "entryId": "RUS0001", "listedName": "Ivan Example", "score": 0.97}],
                  "clearanceProposedBy": "officer-7", "personal": {"fullName": "Ivan Exampel", "dateOfBirth": "1970-01-01",
                  "nationality": "GB"}, "relatedParty": "SHAREHOLDER"}]"""));
        given(services.get(eq(Service.KYC), eq("/api/kyc/sanctions"), any())).willReturn(json("""
                {"version": "2026-11-20", "entriesByList": {"UK": 4000}}"""));
        String page = page(get("/app/ops/reviews").with(supervisor()));
        assertThat(page)
                .contains(
                        "Related party of Peerlend: a shareholder",
                        "Ivan Example",
                        "0.97",
                        "Clearance proposed by officer-7",
                        "Approve clearance (supervisor)",
                        "id=\"ops-audit\"");

        given(services.post(eq(Service.KYC), eq("/api/kyc/customers/c-9/clearance"), any(), isNull(), any()))
                .willThrow(new Services.Rejected(
                        409, "four eyes: the officer who proposed the clearance cannot " + "approve it", List.of()));
        MvcResult refused = mvc.perform(post("/app/ops/reviews/c-9/clearance")
                        .with(supervisor())
                        .with(csrf())
                        .param("note", " checked the date of birth "))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(services).post(eq(Service.KYC), eq("/api/kyc/customers/c-9/clearance"), sent.capture(), isNull(), any());
        assertThat(sent.getValue()).isEqualTo(new OfficerDecision("checked the date of birth"));
        assertThat(page(get("/app/ops/reviews").with(supervisor()).flashAttrs(refused.getFlashMap())))
                .contains("id=\"error-decision-clearance:c-9\"", "four eyes");
    }

    @Test
    void givenHighRiskCustomersInReview_whenAnOfficerOpensTheQueue_thenTheSourceOfFundsOrItsAbsenceShows()
            throws Exception {
        given(services.get(eq(Service.KYC), eq("/api/kyc/reviews"), any())).willReturn(json("""
                [{"customerId": "c-1", "status": "IN_REVIEW", "riskRating": "HIGH", "reasons": ["high risk"],
                  "screeningHits": [], "personal": {"fullName": "Anna Lindqvist"},
                  "sourceOfFunds": {"source": "SALARY", "details": "Consultant at a bank, 12 years"}},
                 {"customerId": "c-2", "status": "IN_REVIEW", "riskRating": "HIGH", "reasons": ["high risk"],
                  "screeningHits": [], "personal": {"fullName": "Per Holm"}}]"""));
        given(services.get(eq(Service.KYC), eq("/api/kyc/sanctions"), any())).willReturn(json("""
                {"version": "2026-11-20", "entriesByList": {"UK": 4000}}"""));

        String page = page(get("/app/ops/reviews").with(supervisor()));

        assertThat(page)
                .contains(
                        "Source of funds (as the customer declared it): salary. Consultant at a bank, 12 years",
                        "Enhanced due diligence: the customer has not declared their source of funds yet",
                        "Propose clearance");
    }

    @Test
    void givenAnOfficer_whenTheyMoveTheDateWrongly_thenItIsExplained_andTheAuditLogIsForSupervisorsOnly()
            throws Exception {
        given(services.get(eq(Service.LENDING), eq("/api/lending/business-date"), any()))
                .willReturn(json("{\"date\": \"2027-01-04\", \"manual\": true}"));
        given(services.get(eq(Service.LENDING), eq("/api/lending/ops/close-of-business"), any()))
                .willReturn(json("""
                [{"date": "2027-01-04", "loans": 1000, "closed": 400, "startedAt": "2027-01-04T00:05:00Z"}]"""));
        String running = page(get("/app/ops/business-day").with(ops()));
        assertThat(running)
                .contains(
                        "src=\"/js/follow.js\"", "id=\"follow-toggle\"", "value=\"400\"", "max=\"1000\"", "400 / 1000")
                .doesNotContain("id=\"ops-audit\"");
        MvcResult bad = mvc.perform(post("/app/ops/business-day/date")
                        .with(ops())
                        .with(csrf())
                        .param("to", "monday"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(page(get("/app/ops/business-day").with(ops()).flashAttrs(bad.getFlashMap())))
                .contains("id=\"to-error\"", "must be a date such as 2027-01-31");
        verify(services, never()).post(eq(Service.LENDING), eq("/api/lending/business-date"), any(), any(), any());

        mvc.perform(get("/app/ops/audit").with(ops())).andExpect(status().isForbidden());
        given(services.get(
                        eq(Service.KYC),
                        eq("/api/kyc/audit/trail?actor={a}&customer={c}&from={f}&to={t}"),
                        any(),
                        eq(""),
                        eq("c-9"),
                        eq(""),
                        eq("")))
                .willReturn(json("""
                [{"kind": "STAFF_ACTION", "service": "lending", "actor": "ops-1", "role": "ops",
                  "action": "POST /api/lending/business-date", "status": 409, "at": "2027-01-04T09:00:00Z"},
                 {"kind": "PERSONAL_DATA_READ", "service": "kyc", "actor": "ops-2", "role": "ops", "customerId": "c-9",
                  "action": "review of a referral", "status": 0, "at": "2027-01-04T08:00:00Z"}]"""));
        assertThat(page(get("/app/ops/audit").param("customer", " c-9 ").with(supervisor())))
                .contains("POST /api/lending/business-date", "409", "Personal data read", "review of a referral");
        mvc.perform(get("/app/ops").with(oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_borrower"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void givenAComplaint_whenTheResponseLacksItsLetter_thenTheFieldSaysSo() throws Exception {
        given(services.get(eq(Service.KYC), eq("/api/kyc/complaints/{id}"), any(), eq("cmp-1")))
                .willReturn(json("""
                {"complaintId": "cmp-1", "category": "LOAN_TERMS_AND_FEES", "description": "A late fee I did not owe.",
                 "raisedAt": "2027-03-01T10:00:00Z", "finalResponseDue": "2027-04-26", "status": "OPEN",
                 "overdue": false}"""));
        given(services.post(eq(Service.KYC), eq("/api/kyc/complaints/cmp-1/response"), any(), isNull(), any()))
                .willThrow(new Services.Rejected(
                        400,
                        "Invalid request",
                        List.of(new Services.FieldError("response", "write the final response"))));
        MvcResult refused = mvc.perform(post("/app/ops/complaints/cmp-1/response")
                        .with(ops())
                        .with(csrf())
                        .param("outcome", "UPHELD")
                        .param("response", "")
                        .param("redress", "12.00"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(page(get("/app/ops/complaints/cmp-1").with(ops()).flashAttrs(refused.getFlashMap())))
                .contains(
                        "A late fee I did not owe.",
                        "id=\"response-error\"",
                        "write the final response",
                        "value=\"12.00\"",
                        "Loan terms and fees");
    }

    @Test
    void givenACustomer_whenTheyComplainWithoutSayingWhat_thenTheFieldSays_andAGoodOneIsAcknowledged()
            throws Exception {
        OidcLoginRequestPostProcessor borrower = oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_borrower"));
        given(services.get(eq(Service.KYC), eq("/api/kyc/complaints/mine"), any()))
                .willReturn(json("[]"));
        given(services.post(eq(Service.KYC), eq("/api/kyc/complaints"), any(), eq("k-1"), any()))
                .willThrow(new Services.Rejected(
                        400,
                        "Invalid request",
                        List.of(new Services.FieldError("description", "tell us what went wrong"))));
        MvcResult refused = mvc.perform(post("/app/complaints")
                        .with(borrower)
                        .with(csrf())
                        .param("category", "SERVICE")
                        .param("description", "")
                        .param("idempotencyKey", "k-1"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(page(get("/app/complaints").with(borrower).flashAttrs(refused.getFlashMap())))
                .contains("id=\"description-error\"", "tell us what went wrong")
                .doesNotContain("id=\"role\"");

        given(services.post(eq(Service.KYC), eq("/api/kyc/complaints"), any(), eq("k-2"), any()))
                .willReturn(json("""
                {"complaintId": "cmp-2", "acknowledgement": "We have received your complaint and will send our final response by 2027-04-26."}"""));
        MvcResult sent = mvc.perform(post("/app/complaints")
                        .with(borrower)
                        .with(csrf())
                        .param("category", "SERVICE")
                        .param("description", "Nobody answered my emails.")
                        .param("idempotencyKey", "k-2"))
                .andReturn();
        ArgumentCaptor<Object> body = ArgumentCaptor.forClass(Object.class);
        verify(services).post(eq(Service.KYC), eq("/api/kyc/complaints"), body.capture(), eq("k-2"), any());
        assertThat(body.getValue())
                .isEqualTo(new ComplaintRequest(ComplaintCategory.SERVICE, null, "Nobody answered my emails.", null));
        assertThat(page(get("/app/complaints").with(borrower).flashAttrs(sent.getFlashMap())))
                .contains("id=\"acknowledgement\"", "final response by 2027-04-26");
    }

    @Test
    void givenACustomer_whenTheyChooseTheirEmails_thenRequiredOnesStayTicked_andWhatTheyUntickIsSwitchedOff()
            throws Exception {
        OidcLoginRequestPostProcessor lender = oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_lender"));
        given(services.get(eq(Service.KYC), eq("/api/kyc/customers/me/notifications"), any()))
                .willReturn(json("""
                {"language": "en-GB", "optedOut": ["LOAN_PAID_OUT"],
                 "topics": [{"topic": "PAYMENT_MISSED", "required": true}, {"topic": "LOAN_PAID_OUT", "required": false},
                            {"topic": "QUOTE_READY", "required": false}]}"""));
        String shown = page(get("/app/notifications").with(lender));
        assertThat(shown).containsPattern("id=\"topic-PAYMENT_MISSED\"[^>]*checked=\"checked\"");
        assertThat(shown).containsPattern("id=\"topic-PAYMENT_MISSED\"[^>]*disabled=\"disabled\"");
        assertThat(shown).containsPattern("id=\"topic-QUOTE_READY\"[^>]*checked=\"checked\"");
        assertThat(shown).doesNotContainPattern("id=\"topic-LOAN_PAID_OUT\"[^>]*checked");

        // when they keep only the quote and choose Chinese
        mvc.perform(post("/app/notifications")
                        .with(lender)
                        .with(csrf())
                        .param("language", "zh-CN")
                        .param("wanted", "QUOTE_READY"))
                .andExpect(status().is3xxRedirection());
        ArgumentCaptor<Object> body = ArgumentCaptor.forClass(Object.class);
        verify(services).put(eq(Service.KYC), eq("/api/kyc/customers/me/notifications"), body.capture(), any());
        assertThat(body.getValue())
                .isEqualTo(new NotificationPreferencesRequest(
                        "zh-CN",
                        Set.of(
                                NotificationTopic.LOAN_PAID_OUT,
                                NotificationTopic.PAYMENT_DUE,
                                NotificationTopic.LENDER_LOAN_DEFAULTED)));

        // and a refusal is shown beside its field
        given(services.put(eq(Service.KYC), eq("/api/kyc/customers/me/notifications"), any(), any()))
                .willThrow(new Services.Rejected(
                        400,
                        "Invalid request",
                        List.of(new Services.FieldError("language", "must be en-GB or zh-CN"))));
        MvcResult refused = mvc.perform(
                        post("/app/notifications").with(lender).with(csrf()).param("language", "fr-FR"))
                .andReturn();
        assertThat(page(get("/app/notifications").with(lender).flashAttrs(refused.getFlashMap())))
                .contains("id=\"language-error\"", "must be en-GB or zh-CN");
    }

    @Test
    void givenACustomer_whenTheyTurnOnPushOnADevice_thenItsSubscriptionGoesToKyc_andADeviceCanBeTurnedOff()
            throws Exception {
        OidcLoginRequestPostProcessor borrower = oidcLogin().authorities(new SimpleGrantedAuthority("ROLE_borrower"));
        given(services.get(eq(Service.KYC), eq("/api/kyc/customers/me/notifications"), any()))
                .willReturn(json("""
                {"language": "en-GB", "optedOut": [], "topics": [{"topic": "PAYMENT_MISSED", "required": true}]}"""));
        given(services.get(eq(Service.KYC), eq("/api/kyc/customers/me/push-subscriptions"), any()))
                .willReturn(json("""
                {"applicationServerKey": "BCKLaMMz9MSJ", "devices": [{"deviceId": "0a1b2c3d", "since": "2026-12-04T10:00:00Z"}]}"""));
        // the page offers push with the platform's key, and lists the device already notified
        String shown = page(get("/app/notifications").with(borrower));
        assertThat(shown)
                .contains("id=\"push-form\"", "data-key=\"BCKLaMMz9MSJ\"", "/js/push.js")
                .contains("A device notified since 2026-12-04", "id=\"push-off-0a1b2c3d\"");

        // when the page's script sends this device's subscription
        mvc.perform(post("/app/notifications/push")
                        .with(borrower)
                        .with(csrf())
                        .param("endpoint", "https://fcm.googleapis.com/fcm/send/abc")
                        .param("p256dh", "BNc")
                        .param("auth", "tBH"))
                .andExpect(status().is3xxRedirection());
        // then the KYC service is given it as the browser made it
        verify(services)
                .post(
                        eq(Service.KYC),
                        eq("/api/kyc/customers/me/push-subscriptions"),
                        eq(new PushSubscriptionRequest("https://fcm.googleapis.com/fcm/send/abc", "BNc", "tBH")),
                        eq(null),
                        any());
        // and a device is turned off; a device id that is not one goes nowhere
        mvc.perform(post("/app/notifications/push/0a1b2c3d/off").with(borrower).with(csrf()))
                .andExpect(status().is3xxRedirection());
        verify(services).delete(eq(Service.KYC), eq("/api/kyc/customers/me/push-subscriptions/0a1b2c3d"), any());
        mvc.perform(post("/app/notifications/push/..%2Fx/off").with(borrower).with(csrf()));
        verify(services, never()).delete(eq(Service.KYC), eq("/api/kyc/customers/me/push-subscriptions/../x"), any());
    }

    @Test
    void givenWorkWaiting_whenAnOfficerOpensThePortal_thenEachQueueIsCountedAndACaseShowsItsEvidence()
            throws Exception {
        given(services.get(eq(Service.KYC), eq("/api/kyc/reviews"), any())).willReturn(json("[{}, {}]"));
        String amlCase = """
                [{"caseId": "case-1", "customerId": "l-1", "status": "OPEN", "openedAt": "2027-01-05T10:00:00Z",
                  "alerts": [{"rule": "STRUCTURING", "description": "two deposits just under the threshold",
                    "evidence": [{"movementId": "pay-a", "kind": "DEPOSIT", "amountMinor": 960000, "currency": "GBP",
                      "at": "2027-01-02T10:00:00Z"}], "raisedAt": "2027-01-05T10:00:00Z"}]}]""";
        given(services.get(eq(Service.KYC), eq("/api/kyc/aml/cases?status=OPEN"), any()))
                .willReturn(json(amlCase));
        given(services.get(eq(Service.KYC), eq("/api/kyc/complaints?status=OPEN"), any()))
                .willReturn(json("[]"));
        given(services.get(eq(Service.LENDING), eq("/api/lending/ops/loans/arrears"), any()))
                .willReturn(json("[]"));
        given(services.get(eq(Service.LENDING), eq("/api/lending/ledger/reconciliation"), any()))
                .willReturn(json("{\"balanced\": true, \"entries\": 12, \"checks\": [], \"balances\": "
                        + "{\"borrower-loan:a\": 500, \"borrower-loan:b\": 700, \"bank\": -1200}}"));
        given(services.get(eq(Service.LENDING), eq("/api/lending/business-date"), any()))
                .willReturn(json("{\"date\": \"2027-01-06\", \"manual\": true}"));
        assertThat(page(get("/app/ops").with(ops())))
                .contains("id=\"count-reviews\">2<", "id=\"count-aml\">1<", "id=\"ledger-check\"", "6 Jan 2027");
        assertThat(page(get("/app/ops/aml").with(ops()))).contains("STRUCTURING", "£9,600.00", "id=\"report-case-1\"");
        assertThat(page(get("/app/ops/ledger").with(ops())))
                .contains("12 journal entries", "borrower-loan</th><td>1200<")
                .doesNotContain("borrower-loan:a");
        given(services.get(eq(Service.KYC), eq("/api/kyc/complaints?status={s}"), any(), eq("OPEN")))
                .willReturn(json("[]"));
        assertThat(page(get("/app/ops/complaints").with(ops()))).contains("No complaint here.");
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
