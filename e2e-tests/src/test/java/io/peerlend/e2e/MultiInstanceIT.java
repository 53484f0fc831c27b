package io.peerlend.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.peerlend.infra.Platform;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Two instances of each service and of the web client behind the gateway (the platform as {@code PEERLEND_INSTANCES=2}
 * starts it; this class runs in a test JVM of its own, see the e2e module's POM): conflicting commands for one
 * aggregate on both instances at once, instances killed the hard way in the middle of a load of deposits, and a user
 * signed in on a web instance that dies, and whose Keycloak session then ends through the other instance.
 */
class MultiInstanceIT {

    static Platform platform;
    static Api api;

    /** The platform starts only in the cluster-mode run (the first run skips this class). */
    @BeforeAll
    static void cluster() {
        assumeTrue(Integer.getInteger("peerlend.e2e.instances", 1) >= 2, "run by the e2e module's many-instances run");
        platform = RunningPlatform.get();
        api = new Api(platform);
        // the shared journeys (Keycloak's admin, Journeys) reach the platform through EndToEndTest
        EndToEndTest.platform = platform;
        EndToEndTest.api = api;
    }

    @Test
    void givenTheClusterMode_thenEachServiceAndTheWebClientRunTwice() {
        for (String service : List.of("lending", "scoring", "kyc", "disclosure", "web")) {
            assertThat(platform.instancesOf(service)).as(service).hasSize(2);
        }
    }

    @Test
    void givenOneAccountOnBothLendingInstances_whenEachIsAskedToWithdrawAllOfItAtOnce_thenOneWinsAndNothingIsHalfDone()
            throws Exception {
        // given a lender with 1,000.00 whose account both instances have handled (each holds its own copy of it)
        String lender = depositingLender("1000.00");
        for (String instance : List.of("lending", "lending-2")) {
            Api.Response small = withdraw(instance, lender, "0.01");
            assertThat(small.status()).as(instance + ": " + small.body()).isEqualTo(202);
        }
        awaitAvailable(lender, "999.98");

        // when both instances are asked, at the same moment, to withdraw all of it
        ExecutorService both = Executors.newFixedThreadPool(2);
        List<Future<Api.Response>> answers = new ArrayList<>();
        for (String instance : List.of("lending", "lending-2")) {
            answers.add(both.submit(() -> withdraw(instance, lender, "999.98")));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Api.Response> answer : answers) {
            statuses.add(answer.get().status());
        }
        both.shutdown();

        // then exactly one is accepted; the other is refused and changed nothing: more than the balance once it saw
        // the other's withdrawal (400, the amount's field), or told to send it again (409)
        assertThat(statuses).containsOnlyOnce(202);
        assertThat(statuses)
                .filteredOn(s -> s != 202)
                .allSatisfy(s -> assertThat(s).isIn(400, 409));
        awaitAvailable(lender, "0.00");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode account = api.get("/api/lending/accounts/me", lender).json();
            assertThat(account.get("withdrawalsInTransit").asText()).isEqualTo("0.00");
        });
        assertBooksBalance();
    }

    @Test
    void givenDepositsOnTwoInstances_whenALendingAndAKycInstanceAreKilled_thenTheSurvivorsFinishEachExactlyOnce()
            throws Exception {
        String depositor = depositingLender("100.00");
        try {
            // when six deposits arrive at once (each sent again with its key until answered) and, meanwhile, one
            // lending and one KYC instance are killed the hard way
            ExecutorService load = Executors.newFixedThreadPool(3);
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String key = "multi-deposit-" + i;
                running.add(load.submit((Callable<Void>) () -> {
                    deposit(depositor, "10.00", key);
                    return null;
                }));
                if (i == 2) {
                    platform.service("lending-2").kill();
                    platform.service("kyc-2").kill();
                }
            }
            for (Future<?> task : running) {
                task.get();
            }
            load.shutdown();

            // then every deposit is credited exactly once and the books balance
            awaitAvailable(depositor, "160.00");
            assertBooksBalance();
            // and the KYC survivor verifies a new customer
            depositingLender("10.00");
        } finally {
            platform.restart("lending-2");
            platform.restart("kyc-2");
        }
    }

    @Test
    void givenALenderInTheMarket_whenThreeBorrowersApplyThroughBothInstancesAtOnce_thenEveryLoanIsFunded()
            throws Exception {
        // given three graded applications of one grade and term, and a lender offering in that market
        List<Journeys.Application> applications = new ArrayList<>();
        applications.add(Journeys.gradedApplication(api, "Nia", "Cluster", "B7770001", "1000.00", 12));
        String grade = applications.get(0).grade();
        for (int i = 2; applications.size() < 3; i++) {
            Journeys.Application next = Journeys.gradedApplication(api, "Nia", "Cluster", "B777000" + i, "1000.00", 12);
            if (next.grade().equals(grade)) {
                applications.add(next);
            }
        }
        // (enough money that 1,000.00 to one borrower stays within 1% of it, the diversification rule)
        Journeys.offeringLender(api, "Lou", "Cluster", "L7770001", grade, 12, "100000.00", "6.00");

        // when each borrower asks for a quote and accepts it, all at once, the gateway spreading them over both
        // lending instances
        ExecutorService borrowers = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> journeys = new ArrayList<>();
            for (Journeys.Application a : applications) {
                journeys.add(borrowers.submit(() -> {
                    Api.Response quote =
                            api.post("/api/lending/applications/" + a.id() + "/quote", a.borrowerToken(), "{}");
                    assertThat(quote.status()).as(quote.body()).isEqualTo(202);
                    awaitStatus(a, "QUOTED");
                    Api.Response accepted =
                            api.post("/api/lending/applications/" + a.id() + "/acceptance", a.borrowerToken(), "{}");
                    assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
                    return null;
                }));
            }
            for (Future<?> journey : journeys) {
                journey.get();
            }
        } finally {
            borrowers.shutdownNow();
        }

        // then every loan is funded from the one lender's offer, and the books balance
        for (Journeys.Application a : applications) {
            awaitStatus(a, "FUNDED");
        }
        assertBooksBalance();
    }

    /** Waits for the status; when it does not come, says what the application and the markets stored. */
    private static void awaitStatus(Journeys.Application application, String status) throws Exception {
        try {
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> assertThat(api.get(
                                            "/api/lending/applications/" + application.id(),
                                            application.borrowerToken())
                                    .json()
                                    .get("status")
                                    .asText())
                            .isEqualTo(status));
        } catch (ConditionTimeoutException stuck) {
            throw new AssertionError(
                    application.id() + " never " + status + "; it reads "
                            + api.get("/api/lending/applications/" + application.id(), application.borrowerToken())
                                    .body()
                            + "\nits events:\n" + history("aggregate_identifier = ?", application.id())
                            + "\nthe markets' events:\n" + history("type = ?", "Market"),
                    stuck);
        }
    }

    private static String history(String which, String value) throws Exception {
        StringBuilder events = new StringBuilder();
        try (Connection db = DriverManager.getConnection(platform.postgresJdbcUrl(), "postgres", "");
                PreparedStatement query = db.prepareStatement("SELECT aggregate_identifier, sequence_number,"
                        + " time_stamp, payload_type, convert_from(payload, 'UTF8') FROM domain_event_entry WHERE "
                        + which + " ORDER BY global_index")) {
            query.setString(1, value);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String payload = rows.getString(5);
                    events.append(rows.getString(1))
                            .append(' ')
                            .append(rows.getLong(2))
                            .append(' ')
                            .append(rows.getString(3))
                            .append(' ')
                            .append(rows.getString(4))
                            .append(' ')
                            .append(payload, 0, Math.min(300, payload.length()))
                            .append('\n');
                }
            }
        }
        return events.toString();
    }

    @Test
    void givenAUserSignedInThroughTheWebClient_whenTheWebInstancesDieInTurn_thenTheyStaySignedInUntilKeycloakEndsIt()
            throws Exception {
        KeycloakRealmIT.Admin admin = KeycloakRealmIT.admin();
        String username = "multi-" + UUID.randomUUID().toString().substring(0, 8);
        String id = admin.createUser(username, "borrower");
        try (Chromium browser = new Chromium(platform.gatewayUrl())) {
            // given the first web instance is down, so the user signs in through the second
            platform.service("web").kill();
            browser.open("/");
            browser.logIn(username, Journeys.PASSWORD);
            assertSignedIn(browser);

            // when the first is back and the second dies instead, the first answers, with the same session
            platform.restart("web");
            platform.service("web-2").kill();
            assertSignedIn(browser);

            // and when Keycloak ends the user's session, its back-channel logout reaches the first instance, which
            // finds the session the second one signed in (the shared registry) and ends it at once
            admin.logOut(id);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                browser.open("/app/identity");
                assertThat(browser.find(By.id("username")).isDisplayed()).isTrue();
            });
            platform.restart("web-2");
        }
    }

    private static void assertSignedIn(Chromium browser) {
        for (int i = 0; i < 4; i++) {
            browser.open("/app/identity");
            assertThat(browser.path()).startsWith("/app/identity");
            assertThat(browser.find(By.tagName("body")).getText()).doesNotContain("Sign in to your account");
        }
    }

    /** A deposit, sent again (same key) until the platform answers: a retry must never credit it twice. */
    private static void deposit(String lender, String amount, String key) {
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(api.post(
                                        "/api/lending/accounts/me/deposits",
                                        lender,
                                        "{\"amount\": \"" + amount + "\"}",
                                        Map.of("Idempotency-Key", key))
                                .status())
                        .isEqualTo(202));
    }

    private static String depositingLender(String amount) throws Exception {
        String name = "ml-" + UUID.randomUUID().toString().substring(0, 8);
        KeycloakRealmIT.admin().createUser(name, "lender");
        String lender = api.tokenFor(name, Journeys.PASSWORD);
        assertThat(api.post(
                                "/api/kyc/onboarding",
                                lender,
                                Identities.onboarding("\"LENDER\"", "Mona", "Multi", "1970-01-01", "GB", passport()))
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("VERIFIED");
        deposit(lender, amount, "first-deposit");
        awaitAvailable(lender, amount);
        return lender;
    }

    /** A passport number no other customer of this run holds (a letter and seven digits). */
    private static String passport() {
        return "M" + String.format("%07d", (int) (Math.random() * 10_000_000));
    }

    private static Api.Response withdraw(String instance, String lender, String amount) {
        return api.request(
                "POST",
                platform.serviceUrl(instance) + "/api/lending/accounts/me/withdrawals",
                lender,
                "{\"amount\": \"" + amount + "\"}",
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    }

    private static void awaitAvailable(String lender, String amount) {
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(api.get("/api/lending/accounts/me", lender)
                                .json()
                                .get("available")
                                .asText())
                        .isEqualTo(amount));
    }

    private static void assertBooksBalance() {
        String ops = api.tokenFor("ops1");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(api.get("/api/lending/ledger/reconciliation", ops)
                                .json()
                                .get("balanced")
                                .asBoolean())
                        .isTrue());
    }
}
