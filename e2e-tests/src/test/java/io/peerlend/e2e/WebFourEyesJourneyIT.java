package io.peerlend.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The operations portal's most sensitive KYC step through the real stack, in two real browsers: a customer blocked on
 * a strong sanctions match is cleared only by an officer's proposal and a different supervisor's approval (four
 * eyes); the proposing officer cannot approve their own proposal, and the page says why.
 */
class WebFourEyesJourneyIT extends EndToEndTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void givenAStrongMatch_whenAnOfficerProposesAndASupervisorApproves_thenTheCustomerIsVerified() throws Exception {
        // given a customer blocked on a strong match: a listed name with its date of birth and nationality
        String username = "fe-" + UUID.randomUUID().toString().substring(0, 8);
        KeycloakRealmIT.admin().createUser(username, "borrower");
        String token = api.tokenFor(username, Journeys.PASSWORD);
        String id = Api.claims(token).get("sub").asText();
        String passport = "F" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        api.post(
                "/api/kyc/onboarding",
                token,
                Identities.onboarding("\"BORROWER\"", "Amir", "Azam", "1971-11-02", "AE", passport));
        String ops = api.tokenFor("ops1");
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(api.get("/api/kyc/customers/" + id, ops)
                                .json()
                                .path("status")
                                .asText())
                        .isEqualTo("BLOCKED"));

        // and they were told only that their details are being checked, while staff were told of a review case
        Mailbox customerMail = new Mailbox(platform.imapPort(), passport.toLowerCase() + "@example.org");
        Mailbox.Received checking = customerMail.awaitSubject("We are checking your details");
        assertThat(checking.text()).doesNotContainIgnoringCase("sanction").doesNotContain("Azam");
        String reference = Mailbox.reference(id);
        Mailbox staffMail = new Mailbox(platform.imapPort(), "operations@peerlend.test");
        await().atMost(PATIENCE)
                .until(() -> staffMail.all().stream()
                        .anyMatch(m -> m.subject().equals("A new KYC review case")
                                && m.text().contains(reference)));

        try (Chromium customer = new Chromium(platform.gatewayUrl())) {
            // and they choose Chinese for their emails on their account page
            customer.open("/");
            customer.logIn(username, Journeys.PASSWORD);
            customer.open("/app/notifications");
            assertThat(customer.find(By.id("topic-IDENTITY_CHECKED")).isEnabled())
                    .isFalse();
            // and this browser is offered push on this device (the page's script found the Push API and the
            // platform's key, which the KYC service gave through the gateway)
            assertThat(customer.find(By.id("push-enable")).getText()).isEqualTo("Notify me on this device");
            assertThat(customer.find(By.id("push-form")).getAttribute("data-key"))
                    .hasSize(87);
            customer.choose("language", "zh-CN");
            customer.submit("notifications-submit");
            assertThat(customer.text("saved")).isNotBlank();
        }

        try (Chromium officer = new Chromium(platform.gatewayUrl())) {
            // when an officer proposes the clearance on the review page
            officer.open("/");
            officer.logIn("ops1", "ops1");
            officer.open("/app/ops/reviews");
            assertThat(officer.text("clear-" + id)).isEqualTo("Propose clearance");
            officer.type("note-" + id, "Namesake: another person (passport, employer and address checked).");
            officer.click("clear-" + id);
            assertThat(officer.text("done-decision-clearance:" + id)).isEqualTo("Recorded. (BLOCKED)");
            assertThat(officer.find(By.id("review-" + id)).getText())
                    .contains("a different supervisor must approve it");

            // then they cannot approve it themselves: the service refuses, and the page says so beside the case
            officer.type("note-" + id, "Approving my own proposal.");
            officer.click("clear-" + id);
            assertThat(officer.text("error-decision-clearance:" + id)).contains("four eyes");
            officer.screenshot("ops-four-eyes");
        }

        try (Chromium supervisor = new Chromium(platform.gatewayUrl())) {
            // when a supervisor approves it
            supervisor.open("/");
            supervisor.logIn("supervisor1", "supervisor1");
            supervisor.open("/app/ops/reviews");
            assertThat(supervisor.text("clear-" + id)).isEqualTo("Approve clearance (supervisor)");
            supervisor.type("note-" + id, "Approved: the officer's checks are sufficient.");
            supervisor.submit("clear-" + id);
        }

        // then the customer is verified
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(api.get("/api/kyc/customers/me", token)
                                .json()
                                .path("status")
                                .asText())
                        .isEqualTo("VERIFIED"));
        // and told so in the language they chose
        Mailbox.Received verified = customerMail.awaitSubject("您的身份已通过验证");
        assertThat(verified.language()).isEqualTo("zh-CN");
        assertThat(verified.text()).contains("我们已验证您的身份");
    }
}
