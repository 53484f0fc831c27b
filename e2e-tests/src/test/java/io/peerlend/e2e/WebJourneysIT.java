package io.peerlend.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The web client in a real headless Chromium, through the gateway, logging in on the real Keycloak page: the loan
 * calculator (a bad amount is answered beside the field; a good one gives the APR and schedule), a borrower's and a
 * regulator's start pages, the language switch, logging out, and the public disclosure page. Screenshots go to
 * docs/screenshots.
 */
class WebJourneysIT extends EndToEndTest {

    @Test
    void givenAVisitor_whenTheyUseTheCalculator_thenABadAmountIsExplainedAndAGoodOneIsPriced() {
        try (Chromium browser = new Chromium(platform.gatewayUrl())) {
            browser.open("/");
            assertThat(browser.driver.getTitle()).contains("Peerlend");
            browser.screenshot("home");

            // when the amount is not a number, the service's reason is shown beside the field and nothing else
            browser.open("/calculator");
            browser.type("principal", "five thousand");
            browser.click("calculate");
            assertThat(browser.text("principal-error")).contains("must be an amount such as 5000.00");
            assertThat(browser.find(By.id("principal")).getDomAttribute("aria-invalid"))
                    .isEqualTo("true");
            assertThat(browser.driver.findElements(By.id("apr"))).isEmpty();
            browser.screenshot("calculator-bad-input");

            // when it is an amount, the monthly payment, the APR and the schedule come back
            browser.type("principal", "5000.00");
            browser.type("annualRate", "7.50");
            browser.type("termMonths", "36");
            browser.click("calculate");
            assertThat(browser.text("apr")).endsWith("%");
            assertThat(browser.text("monthly")).startsWith("£");
            browser.screenshot("calculator");
        }
    }

    @Test
    void givenABorrower_whenTheyLogInThroughKeycloak_thenTheirPageGreetsThemInTheirLanguage() {
        try (Chromium browser = new Chromium(platform.gatewayUrl())) {
            browser.open("/");
            browser.logIn("borrower1", "borrower1");
            assertThat(browser.text("greeting")).isEqualTo("Hello, Bella");
            assertThat(browser.text("loans-heading")).isEqualTo("Your loans");
            browser.screenshot("borrower-start");

            // when they switch to Chinese, the page and the amounts follow; the choice stays
            browser.click("lang-zh");
            assertThat(browser.text("greeting")).isEqualTo("您好，Bella");
            browser.open("/calculator");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("贷款计算器");
            browser.screenshot("calculator-zh");
            browser.click("lang-en");

            // when they log out, they are signed out of Keycloak too and back on the front page
            browser.open("/app");
            browser.click("logout");
            browser.find(By.id("login"));
            browser.open("/app");
            assertThat(browser.find(By.id("username")).isDisplayed())
                    .as("Keycloak asks them to log in again")
                    .isTrue();
        }
    }

    @Test
    void givenARegulator_whenTheyLogIn_thenTheySeeTheIndicatorsAndThePublicReports() {
        try (Chromium browser = new Chromium(platform.gatewayUrl())) {
            browser.open("/");
            browser.logIn("regulator1", "regulator1");
            assertThat(browser.text("greeting")).isEqualTo("Hello, Rita");
            assertThat(browser.text("indicators-heading")).isEqualTo("Early-warning indicators");
            browser.screenshot("regulator-start");

            // the supervision pages: alerts and reports, and the book as of a date — a bad date is explained
            browser.click("supervision-link");
            browser.find(By.id("alerts-heading"));
            browser.screenshot("regulator-supervision");
            browser.click("book-link");
            browser.type("asOf", "last week");
            browser.click("show");
            assertThat(browser.text("asOf-error")).contains("must be a date such as 2027-01-31");
            browser.type("asOf", "");
            browser.click("show");
            assertThat(browser.find(By.id("book")).isDisplayed()).isTrue();
            browser.screenshot("regulator-book");

            browser.open("/public/disclosure");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Peerlend public disclosure");
            browser.screenshot("public-disclosure");
        }
    }

    @Test
    void givenAVerifiedLender_whenTheyDepositInTheBrowser_thenABadAmountIsExplainedAndAGoodOneIsRequested()
            throws Exception {
        // given a lender whose identity KYC has verified (through the API, as the app's onboarding would)
        String name = "wl-" + UUID.randomUUID().toString().substring(0, 8);
        KeycloakRealmIT.admin().createUser(name, "lender");
        String token = api.tokenFor(name, Journeys.PASSWORD);
        assertThat(api.post(
                                "/api/kyc/onboarding",
                                token,
                                Identities.onboarding("\"LENDER\"", "Wendy", "Lender", "1971-02-03", "GB", "W1000001"))
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("VERIFIED");

        try (Chromium browser = new Chromium(platform.gatewayUrl())) {
            browser.open("/");
            browser.logIn(name, Journeys.PASSWORD);
            browser.click("money-link");
            // when the amount is not one, the service's reason is shown beside the field and nothing moves
            browser.type("deposits-amount", "ten pounds");
            browser.click("deposits-submit");
            assertThat(browser.text("deposits-error")).contains("must be an amount such as 250.00");
            // when it is, the deposit is requested (once the lending service has heard of the verification: until
            // then it says so beside the field) and arrives through the payment provider
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                browser.type("deposits-amount", "250.00");
                browser.click("deposits-submit");
                assertThat(browser.driver.findElements(By.id("done"))).isNotEmpty();
            });
            assertThat(browser.text("done")).contains("Your deposit was requested");
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                browser.open("/app/money");
                assertThat(browser.text("available")).isEqualTo("£250.00");
            });
            browser.screenshot("lender-money");
        }
    }
}
