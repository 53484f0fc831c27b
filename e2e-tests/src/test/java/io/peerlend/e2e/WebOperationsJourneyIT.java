package io.peerlend.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A complaint from a borrower to its final response and the ombudsman, and the operations portal around it, in a real
 * headless Chromium through the gateway: the borrower complains (an empty one is explained), an officer answers it
 * (an empty letter is explained), the borrower reads the answer and refers it on, and a supervisor finds the
 * officer's action in the audit log.
 */
class WebOperationsJourneyIT extends EndToEndTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void givenABorrowersComplaint_whenAnOfficerAnswersIt_thenTheBorrowerReadsItAndTheAuditLogShowsIt()
            throws Exception {
        String name = "wc-" + UUID.randomUUID().toString().substring(0, 8);
        KeycloakRealmIT.admin().createUser(name, "borrower");
        String complaintText = "I was charged a late fee although I paid on the due date (" + name + ").";
        try (Chromium borrower = new Chromium(platform.gatewayUrl())) {
            borrower.open("/");
            borrower.logIn(name, Journeys.PASSWORD);
            borrower.click("complaints-link");
            borrower.choose("category", "LOAN_TERMS_AND_FEES");
            borrower.click("complaint-submit");
            assertThat(borrower.text("description-error")).isEqualTo("tell us what went wrong");
            borrower.type("description", complaintText);
            borrower.click("complaint-submit");
            assertThat(borrower.text("acknowledgement"))
                    .contains("We have received your complaint", "the Financial Ombudsman Service");
            borrower.screenshot("complaint-acknowledged");

            // an officer finds it in the portal and answers it
            try (Chromium officer = new Chromium(platform.gatewayUrl())) {
                officer.open("/");
                officer.logIn("ops1", "ops1");
                officer.click("ops-link");
                assertThat(officer.find(By.id("count-reviews")).isDisplayed()).isTrue();
                officer.screenshot("ops-overview");
                officer.click("ops-complaints");
                await().atMost(PATIENCE).untilAsserted(() -> {
                    officer.open("/app/ops/complaints");
                    assertThat(officer.driver.findElements(By.cssSelector("#complaints a")))
                            .isNotEmpty();
                });
                // the newest of several open ones: open each until it is this borrower's
                boolean found = false;
                for (int i = 0; !found; i++) {
                    officer.open("/app/ops/complaints");
                    officer.driver
                            .findElements(By.cssSelector("#complaints a"))
                            .get(i)
                            .click();
                    found = officer.text("complaint-text").contains(name);
                }
                officer.choose("outcome", "UPHELD");
                officer.type("redress", "12.00");
                officer.click("response-submit");
                assertThat(officer.text("response-error")).isEqualTo("write the final response");
                officer.type("response", "We are sorry: the fee was charged in error and is refunded.");
                officer.click("response-submit");
                assertThat(officer.text("done-response")).contains("The final response was sent");
                officer.click("ops-business-day");
                assertThat(officer.text("business-date")).matches("\\d{4}-\\d{2}-\\d{2}");
                officer.screenshot("ops-business-day");
                officer.click("ops-ledger");
                assertThat(officer.text("ledger-status")).startsWith("The ledger balances");
                // the system page: what each part's instances say on their management ports, read now
                officer.click("ops-system");
                assertThat(officer.text("processor-lending-lending-quotes")).contains("lending-quotes");
                assertThat(officer.text("processor-kyc-kyc-aml-monitoring")).contains("kyc-aml-monitoring");
                assertThat(officer.text("last-close")).startsWith("Last close of business:");
                assertThat(officer.text("identity-provider")).endsWith("UP");
                // every instance and its stores healthy (the read side's health is asked in a way the development
                // MongoDB server understands)
                assertThat(officer.driver.getPageSource())
                        .contains("db UP")
                        .contains("mongo UP")
                        .doesNotContain(">DOWN<")
                        .doesNotContain("mongo DOWN");
                officer.screenshot("ops-system");
            }

            // the borrower reads the answer and refers the complaint to the ombudsman
            await().atMost(PATIENCE).untilAsserted(() -> {
                borrower.open("/app/complaints");
                assertThat(borrower.text("mine-heading")).isEqualTo("Your complaints");
                assertThat(borrower.find(By.cssSelector("article.card")).getText())
                        .contains("Our final response: Upheld", "£12.00", "refunded");
            });
            borrower.screenshot("complaint-answered");
            borrower.find(By.cssSelector("article.card button")).click();
            assertThat(borrower.text("escalated")).contains("referred to the ombudsman");
        }

        // a supervisor finds the officer's response in the audit log
        try (Chromium supervisor = new Chromium(platform.gatewayUrl())) {
            supervisor.open("/");
            supervisor.logIn("supervisor1", "supervisor1");
            supervisor.click("ops-link");
            supervisor.click("ops-audit");
            await().atMost(PATIENCE).untilAsserted(() -> {
                supervisor.open("/app/ops/audit");
                assertThat(supervisor.text("actions")).contains("/response", "kyc", "Audit trail read");
            });
            supervisor.screenshot("ops-audit-log");
        }
    }

    /**
     * A stall as it happens in production: an instance hangs while keeping its claim on a processor's segment, so no
     * other instance takes it over and its events wait. Played by writing the claim of a hung owner into lending's
     * shared token store, as such an instance leaves it.
     */
    @Test
    void givenAProcessorHeldByAHungInstance_whenEventsArrive_thenItsLagRisesAndTheSystemPageShowsItBehindUntilReleased()
            throws Exception {
        try (MongoClient mongo = MongoClients.create(platform.mongoUri("lending"))) {
            MongoCollection<Document> tokens = mongo.getDatabase("lending").getCollection("trackingtokens");
            Bson portfolio = Filters.eq("processorName", HELD);
            // given lending's portfolio projection held by an instance that hung (its claim renewed an hour ahead)
            assertThat(tokens.updateMany(
                                    portfolio,
                                    Updates.combine(
                                            Updates.set("owner", "hung-instance"),
                                            Updates.set(
                                                    "timestamp",
                                                    Instant.now()
                                                            .plus(Duration.ofHours(1))
                                                            .toEpochMilli())))
                            .getMatchedCount())
                    .isPositive();
            try {
                // when lending stores new events (a borrower applies)
                String borrower = Journeys.verifiedBorrower(api, "Hedda", "Gabler", "H1000301");
                api.post("/api/lending/applications", borrower, """
                        {"amount": "2000.00", "termMonths": 12, "purpose": "CAR", %s}""".formatted(Api.DECLARATIONS));

                // then lending's metric shows the processor behind
                await().atMost(PATIENCE).until(() -> lag() > 0);
                // and the system page shows it behind once its oldest event has waited 10 s
                try (Chromium officer = new Chromium(platform.gatewayUrl())) {
                    officer.open("/");
                    officer.logIn("ops1", "ops1");
                    await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                        officer.open("/app/ops/system");
                        assertThat(officer.text("processor-lending-" + HELD)).endsWith("behind");
                    });
                    officer.driver.executeScript(
                            "arguments[0].scrollIntoView({block: 'center'})",
                            officer.find(By.id("processor-lending-" + HELD)));
                    officer.screenshot("ops-system-processor-behind");
                }
            } finally {
                // the hung instance's claim lapses (or it is killed): the segment is free again
                tokens.updateMany(portfolio, Updates.combine(Updates.set("owner", null), Updates.set("timestamp", 0L)));
            }
            // and once released, lending takes the segment back and catches up
            await().atMost(PATIENCE).until(() -> lag() == 0);
        }
    }

    private static final String HELD = "lending-portfolio";

    /** The held processor's lag in events, from lending's Prometheus endpoint. */
    private static double lag() throws Exception {
        String metrics = api.getAt(platform.managementUrl("lending") + "/actuator/prometheus", null)
                .body();
        Matcher sample = Pattern.compile(
                        "peerlend_axon_processor_lag_events\\{[^}]*processor=\"" + HELD + "\"[^}]*}\\s+(\\S+)")
                .matcher(metrics);
        assertThat(sample.find()).as("the processor's lag is published").isTrue();
        return Double.parseDouble(sample.group(1));
    }
}
