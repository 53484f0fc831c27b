package io.peerlend.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.peerlend.kyc.checks.documents.MrzSpecimens;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A borrower's and a lender's main journeys in a real headless Chromium, through the gateway: registering on
 * Keycloak's own page, giving one's identity, applying, reading the quote and accepting it; and a lender's assessment,
 * category, offers, auto-invest and portfolio. Each includes a bad input the page explains.
 */
class WebCustomerJourneysIT extends EndToEndTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void givenSomeoneNew_whenTheyRegisterGiveTheirIdentityAndApply_thenTheyReadTheQuoteAcceptAndMayWithdraw()
            throws Exception {
        String username = "wb-" + UUID.randomUUID().toString().substring(0, 8);
        String passport = "W" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        try (Chromium browser = new Chromium(platform.gatewayUrl())) {
            // registering on Keycloak's page brings them back signed in
            browser.open("/");
            browser.click("register");
            browser.find(By.id("kc-register-form"));
            browser.type("username", username);
            browser.type("email", username + "@example.org");
            browser.type("firstName", "Wanda");
            browser.type("lastName", "Whitfield");
            browser.type("password", Journeys.PASSWORD);
            browser.type("password-confirm", Journeys.PASSWORD);
            browser.find(By.id("kc-register-form")).submit();
            assertThat(browser.text("greeting")).isEqualTo("Hello, Wanda");
            assertThat(browser.text("identity-heading")).isEqualTo("Your identity");

            // their identity: the passport's machine-readable lines typed in; one line only is explained
            browser.click("identity-link");
            browser.click("role-borrower");
            assertThat(browser.find(By.id("fullName")).getDomProperty("value")).isEqualTo("Wanda Whitfield");
            // a date input takes what the browser's date picker would set (typing depends on the locale's format)
            ((JavascriptExecutor) browser.driver)
                    .executeScript("arguments[0].value = '1986-06-16'", browser.find(By.id("dateOfBirth")));
            browser.type("line1", "7 Canal Street");
            browser.type("city", "Manchester");
            browser.type("postcode", "M1 3HE");
            String line1 = MrzSpecimens.td3Line1("GBR", "WHITFIELD", "WANDA");
            String line2 = MrzSpecimens.td3Line2(passport, "GBR", "860616", "F", "310101", "");
            browser.type("mrz", line1);
            browser.screenshot("identity-form");
            browser.click("identity-submit");
            assertThat(browser.text("mrz-error")).contains("an MRZ needs its 2 or 3 lines");
            assertThat(browser.find(By.id("city")).getDomProperty("value")).isEqualTo("Manchester");
            browser.type("mrz", line1 + "\n" + line2);
            browser.click("identity-submit");
            assertThat(browser.text("kyc-status")).isEqualTo("Verified: you may borrow or lend.");

            // applying: an amount that is not one is explained beside it
            browser.click("apply-link");
            browser.type("amount", "a thousand");
            // 24 months: a market no other test lends in, so the lender below is the one who funds it
            browser.choose("termMonths", "24");
            browser.type("netIncome", "3200.00");
            browser.type("outgoings", "1400.00");
            browser.type("debtRepayments", "120.00");
            browser.type("age", "40");
            browser.type("employmentYears", "5");
            browser.choose("housing", "OWN");
            browser.choose("property", "HOME");
            browser.choose("savings", "MODERATE");
            browser.choose("creditHistory", "EXISTING_REPAID_ON_TIME");
            browser.type("existingCredits", "1");
            browser.click("apply-submit");
            assertThat(browser.text("amount-error")).contains("must be a decimal amount");
            browser.type("amount", "1000.00");
            browser.click("apply-submit");
            browser.find(By.id("application-status"));
            String applicationPage = browser.path();
            browser.screenshot("application-progress");

            // the application is checked and graded while the page follows it
            await().atMost(PATIENCE).untilAsserted(() -> {
                browser.open(applicationPage);
                assertThat(browser.text("application-status")).isIn("Assessed", "Quoted: your decision");
            });
            String grade = browser.find(By.id("application-grade")).getDomAttribute("data-grade");
            // a lender offers money in its market (through the API), and the borrower asks for a quote again
            Journeys.Lender lender = Journeys.offeringLenderAccount(
                    api, "Lars", "Lindqvist", "L" + passport.substring(1), grade, 24, "100000.00", "5.75");
            // the first answer may still be on its way (no money was on offer when it was given): wait for it or for
            // a quote, and ask again if it was the answer (the page loaded before it came has no button yet)
            await().atMost(PATIENCE).until(() -> {
                browser.open(applicationPage);
                return browser.text("application-status").equals("Quoted: your decision")
                        || !browser.driver.findElements(By.id("quote-submit")).isEmpty();
            });
            if (!browser.driver.findElements(By.id("quote-submit")).isEmpty()) {
                browser.click("quote-submit");
            }
            await().atMost(PATIENCE).untilAsserted(() -> {
                browser.open(applicationPage);
                assertThat(browser.text("application-status")).isEqualTo("Quoted: your decision");
            });
            assertThat(browser.text("apr")).endsWith("%");
            assertThat(browser.text("pci")).contains("Annual percentage rate of charge (APR)", "Right of withdrawal");
            assertThat(browser.driver.findElements(By.cssSelector("#schedule tbody tr")))
                    .hasSize(24);
            browser.screenshot("application-quote");

            // accepting: the loan is funded and theirs to see
            browser.click("accept-submit");
            assertThat(browser.text("done")).contains("You accepted");
            await().atMost(PATIENCE).untilAsserted(() -> {
                browser.open(applicationPage);
                assertThat(browser.text("application-status")).isEqualTo("Funded");
            });
            // the loan is opened from the funding a moment after the application shows it funded: until then its page
            // says it is being opened and looks again by itself (follow.js), so the browser is only watched here
            browser.click("loan-link");
            await().atMost(PATIENCE)
                    .ignoreExceptions()
                    .untilAsserted(
                            () -> assertThat(browser.find(By.tagName("h1")).getText())
                                    .startsWith("Your loan: grade " + grade));

            // and the lender who funded it sees the part in their portfolio
            try (Chromium lenderBrowser = new Chromium(platform.gatewayUrl())) {
                lenderBrowser.open("/");
                lenderBrowser.logIn(lender.username(), Journeys.PASSWORD);
                lenderBrowser.click("portfolio-link");
                await().atMost(PATIENCE).untilAsserted(() -> {
                    lenderBrowser.open("/app/portfolio");
                    assertThat(lenderBrowser.text("parts-heading")).isEqualTo("Your loan parts (1)");
                });
                assertThat(lenderBrowser.text("chart-grades")).contains(grade, "£1,000.00");
                lenderBrowser.screenshot("lender-portfolio");
            }

            // once the money is paid out: an early repayment of something that is not an amount is explained, and
            // within the cooling-off period the borrower may withdraw from the loan
            String loanPage = browser.path();
            await().atMost(PATIENCE).untilAsserted(() -> {
                browser.open(loanPage);
                assertThat(browser.text("loan-status")).isEqualTo("ACTIVE");
            });
            // the lender sells their part on the secondary market: a premium beyond the bounds is explained beside
            // it, a 1% discount is listed
            try (Chromium lenderBrowser = new Chromium(platform.gatewayUrl())) {
                lenderBrowser.open("/");
                lenderBrowser.logIn(lender.username(), Journeys.PASSWORD);
                String loanId = applicationPage.substring(applicationPage.lastIndexOf('/') + 1);
                await().atMost(PATIENCE).untilAsserted(() -> {
                    lenderBrowser.open("/app/secondary");
                    assertThat(lenderBrowser.driver.findElements(By.id("sell-" + loanId)))
                            .isNotEmpty();
                });
                lenderBrowser.click("sell-" + loanId);
                lenderBrowser.type("sell-premium", "12.00");
                lenderBrowser.click("sell-submit");
                assertThat(lenderBrowser.text("sell-premium-error")).contains("must be between -10.00% and 5.00%");
                lenderBrowser.click("sell-" + loanId);
                lenderBrowser.type("sell-premium", "-1.00");
                lenderBrowser.click("sell-submit");
                assertThat(lenderBrowser.text("done")).isEqualTo("Your parts are listed for sale.");
                await().atMost(PATIENCE).untilAsserted(() -> {
                    lenderBrowser.open("/app/secondary");
                    assertThat(lenderBrowser.text("mine")).contains("For sale", "£1,000.00", "-1.00%");
                });
                lenderBrowser.screenshot("lender-secondary");
            }

            // and another lender buys it through the gateway, once however often they ask: the seller has the price
            // less the 1% fee, the buyer holds the part, and the books still balance
            String loanId = applicationPage.substring(applicationPage.lastIndexOf('/') + 1);
            Journeys.Lender buyer =
                    Journeys.fundedLenderAccount(api, "Britta", "Bergstrom", "Q" + passport.substring(1), "150000.00");
            String[] listing = new String[1];
            await().atMost(PATIENCE).untilAsserted(() -> {
                for (JsonNode l : api.get("/api/lending/secondary-market/listings", buyer.token())
                        .json()) {
                    if (l.path("loanId").asText().equals(loanId)) {
                        listing[0] = l.path("listingId").asText();
                    }
                }
                assertThat(listing[0]).isNotNull();
            });
            String purchase = "/api/lending/secondary-market/listings/" + listing[0] + "/purchase";
            JsonNode bought = api.post(purchase, buyer.token(), "", Map.of("Idempotency-Key", "buy-1"))
                    .json();
            assertThat(bought.path("status").asText()).isEqualTo("BOUGHT");
            assertThat(api.post(purchase, buyer.token(), "", Map.of("Idempotency-Key", "buy-1"))
                            .json()
                            .path("purchaseId")
                            .asText())
                    .isEqualTo(bought.path("purchaseId").asText());
            BigDecimal price = new BigDecimal(bought.path("price").asText());
            String sellerToken = api.tokenFor(lender.username(), Journeys.PASSWORD);
            await().atMost(PATIENCE)
                    .untilAsserted(() -> assertThat(new BigDecimal(api.get("/api/lending/accounts/me", sellerToken)
                                    .json()
                                    .path("available")
                                    .asText()))
                            .isEqualByComparingTo(price.subtract(new BigDecimal("9.90"))));
            await().atMost(PATIENCE)
                    .untilAsserted(() -> assertThat(api.get("/api/lending/accounts/me", buyer.token())
                                    .json()
                                    .path("available")
                                    .asText())
                            .isEqualTo(
                                    new BigDecimal("150000.00").subtract(price).toPlainString()));
            String ops = api.tokenFor("ops1");
            await().atMost(PATIENCE)
                    .untilAsserted(() -> assertThat(api.get("/api/lending/ledger/reconciliation", ops)
                                    .json()
                                    .get("balanced")
                                    .asBoolean())
                            .isTrue());

            browser.type("repay-amount", "lots");
            browser.click("repay-part");
            assertThat(browser.text("repayments-error")).isNotBlank();
            browser.screenshot("borrower-loan");
            browser.click("withdraw");
            assertThat(browser.text("done")).contains("Your withdrawal was requested");
        }
    }

    @Test
    void
            givenANewLender_whenTheyGiveTheirIdentityAssessOfferCancelAndAutoInvest_thenEachStepShowsAndABadRateIsExplained()
                    throws Exception {
        String name = "wi-" + UUID.randomUUID().toString().substring(0, 8);
        KeycloakRealmIT.admin().createUser(name, "lender");
        String token = api.tokenFor(name, Journeys.PASSWORD);

        try (Chromium browser = new Chromium(platform.gatewayUrl())) {
            browser.open("/");
            browser.logIn(name, Journeys.PASSWORD);
            // the lender gives their identity in the browser too
            browser.click("identity-link");
            browser.click("role-lender");
            browser.type("fullName", "Ingrid Investor");
            ((JavascriptExecutor) browser.driver)
                    .executeScript("arguments[0].value = '1969-09-09'", browser.find(By.id("dateOfBirth")));
            browser.type("line1", "3 Quay Street");
            browser.type("city", "Bristol");
            browser.type("postcode", "BS1 4DJ");
            browser.type(
                    "mrz",
                    MrzSpecimens.td3Line1("GBR", "INVESTOR", "INGRID") + "\n"
                            + MrzSpecimens.td3Line2(
                                    "I" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999),
                                    "GBR",
                                    "690909",
                                    "F",
                                    "310101",
                                    ""));
            browser.click("identity-submit");
            assertThat(browser.text("kyc-status")).isEqualTo("Verified: you may borrow or lend.");
            // money arrives (through the API, as the deposit page's own test shows), once lending has heard of it
            await().atMost(PATIENCE)
                    .untilAsserted(() -> assertThat(api.post(
                                            "/api/lending/accounts/me/deposits",
                                            token,
                                            "{\"amount\": \"2000.00\"}",
                                            Map.of("Idempotency-Key", "web-deposit-1"))
                                    .status())
                            .isEqualTo(202));
            browser.open("/app");
            browser.click("invest-link");

            // the appropriateness assessment, answered with understanding
            for (String answer :
                    new String[] {"capital-b", "fscs-b", "liquidity-b", "diversification-a", "failure-b"}) {
                browser.click("answer-" + answer);
            }
            browser.screenshot("lender-assessment");
            browser.click("appropriateness-submit");
            assertThat(browser.text("assessed")).isEqualTo("You passed the appropriateness assessment.");
            browser.choose("category", "HIGH_NET_WORTH");
            browser.click("category-submit");
            assertThat(browser.text("category-now")).contains("A high-net-worth investor");

            // an offer at a rate that is not one is explained beside the rate; a good one waits in the market
            offer(browser, "500.00", "six");
            assertThat(browser.text("offer-rate-error")).contains("must be a percentage such as 6.50");
            await().atMost(PATIENCE).untilAsserted(() -> {
                browser.open("/app/invest");
                offer(browser, "500.00", "7.25");
                assertThat(browser.text("done")).contains("Your offer was placed");
            });
            await().atMost(PATIENCE).untilAsserted(() -> {
                browser.open("/app/invest");
                assertThat(browser.text("offers")).contains("C:48", "£500.00", "7.25%", "Waiting in the market");
            });
            browser.screenshot("lender-invest");
            browser.find(By.cssSelector("#offers button")).click();
            assertThat(browser.text("done")).contains("Your offer was cancelled");

            // the auto-invest rule
            browser.click("auto-enabled");
            browser.click("auto-market-B-36");
            browser.type("auto-minRate", "4.00");
            browser.type("auto-maxRate", "9.00");
            browser.click("auto-submit");
            assertThat(browser.text("done")).isEqualTo("Your auto-invest rule was saved.");
        }
    }

    /** Fills in the offer form for the C × 48 market and sends it. */
    private static void offer(Chromium browser, String amount, String rate) {
        browser.choose("offer-grade", "C");
        browser.choose("offer-termMonths", "48");
        browser.type("offer-amount", amount);
        browser.type("offer-rate", rate);
        browser.click("offer-submit");
    }
}
