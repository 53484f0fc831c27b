package io.peerlend.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The web client on a phone (Chromium's mobile emulation, 390 × 844 CSS pixels, touch), through the gateway and the
 * real Keycloak login: every role's pages are audited ({@link Chromium#audit}: axe-core, no sideways scrolling, 44 px
 * touch targets), the main ones photographed as docs/screenshots/phone-*.png; and the installed app's offline page,
 * whose calculator gives the platform's own figures with no network.
 */
class WebPhoneJourneysIT extends EndToEndTest {

    @Test
    void givenAVisitorOnAPhone_whenTheyGoOffline_thenTheCalculatorStillGivesThePlatformsFigures() {
        try (Chromium phone = Chromium.phone(platform.gatewayUrl())) {
            phone.open("/");
            phone.screenshot("home");
            phone.open("/calculator");
            phone.type("firstDueDate", "2027-02-28");
            phone.click("calculate");
            String monthly = phone.text("monthly");
            String apr = phone.text("apr");
            // the 36-row schedule scrolls inside its own box; the page itself does not
            phone.screenshot("calculator");
            phone.open("/public/disclosure");
            phone.audit();

            // given the service worker has installed the app shell
            Object ready = phone.script()
                    .executeAsyncScript("const done = arguments[arguments.length - 1];"
                            + " navigator.serviceWorker.ready.then((r) => caches.keys()).then((keys) => done(keys))");
            assertThat(ready.toString()).contains("peerlend-shell-v1");

            // when the phone loses its network and the visitor opens the calculator
            phone.goOffline();
            try {
                phone.open("/calculator");
                assertThat(phone.find(By.tagName("h1")).getText()).isEqualTo("You are offline");
                // a bad amount is explained beside its field, as online
                phone.type("principal", "lots");
                phone.click("calculate");
                assertThat(phone.text("principal-error")).isEqualTo("Enter an amount such as 5000.00.");
                assertThat(phone.driver.findElement(By.id("result")).isDisplayed())
                        .isFalse();
                // then the same loan gives the same payment and APR as the lending service computed
                phone.type("principal", "5000.00");
                phone.type("annualRate", "7.50");
                phone.type("termMonths", "36");
                phone.type("firstDueDate", "2027-02-28");
                phone.click("calculate");
                assertThat(phone.text("monthly")).isEqualTo(monthly);
                assertThat(phone.text("apr")).isEqualTo(apr);
                assertThat(phone.driver.findElements(By.cssSelector("#schedule-rows tr")))
                        .hasSize(36);
                phone.screenshot("offline-calculator");
            } finally {
                phone.goOnline();
            }
        }
    }

    @Test
    void givenEachRoleOnAPhone_whenTheyOpenTheirPages_thenNothingOverflowsAndEveryControlIsWithinReach() {
        // the first page of each role is photographed; every one is audited
        pages("borrower1", "borrower-start", "/app", "/app/apply", "/app/identity", "/app/complaints");
        pages("lender1", "lender-invest", "/app/invest", "/app/portfolio", "/app/money");
        pages(
                "ops1",
                "ops-overview",
                "/app/ops",
                "/app/ops/reviews",
                "/app/ops/aml",
                "/app/ops/business-day",
                "/app/ops/servicing",
                "/app/ops/ledger",
                "/app/ops/complaints",
                "/app/ops/system");
        pages("regulator1", "regulator-supervision", "/app/supervision", "/app", "/app/supervision/book");
    }

    private void pages(String user, String screenshot, String... paths) {
        try (Chromium phone = Chromium.phone(platform.gatewayUrl())) {
            phone.open("/");
            phone.logIn(user, user);
            for (String path : paths) {
                phone.open(path);
                phone.find(By.tagName("h1"));
                assertThat(phone.path()).as("%s may open %s", user, path).startsWith(path);
                if (path.equals(paths[0])) {
                    phone.screenshot(screenshot);
                } else {
                    phone.audit();
                }
            }
        }
    }
}
