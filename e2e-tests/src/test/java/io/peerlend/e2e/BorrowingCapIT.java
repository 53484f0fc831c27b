package io.peerlend.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The borrowing cap holds when one borrower accepts many quotes at once, as from several browser tabs: under the uk
 * profile's 25,000.00 cap, of six quotes of 5,000.00 accepted at the same moment five are funded and one is sent back
 * with the reason, and the borrower owes 25,000.00, not 30,000.00.
 */
class BorrowingCapIT extends EndToEndTest {

    private static final int APPLICATIONS = 6;

    @Test
    void a_borrower_accepting_six_quotes_of_5000_at_once_under_a_25000_cap_gets_five_loans() throws Exception {
        // given one verified borrower with six graded applications of 5,000.00 over 48 months
        String name = "b-" + UUID.randomUUID().toString().substring(0, 8);
        KeycloakRealmIT.admin().createUser(name, "borrower");
        String borrower = api.tokenFor(name, Journeys.PASSWORD);
        Identities.verifiedBorrower(api, borrower, "Ylva", "Strand", "B5550041");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < APPLICATIONS; i++) {
            Api.Response created = api.post("/api/lending/applications", borrower, """
                    {"amount": "5000.00", "termMonths": 48, "purpose": "CAR", %s}""".formatted(Api.DECLARATIONS));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            ids.add(created.json().get("id").asText());
        }
        String[] grade = new String[1];
        for (String id : ids) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                JsonNode application =
                        api.get("/api/lending/applications/" + id, borrower).json();
                assertThat(application.get("status").asText()).isIn("SCORED", "QUOTED");
                grade[0] = application.get("grade").asText();
            });
        }
        // and a lender with far more than enough money in that market (parts of up to 1% of 600,000.00)
        Journeys.offeringLender(api, "Zita", "Holm", "L5550042", grade[0], 48, "600000.00", "6.00");
        for (String id : ids) {
            assertThat(api.post("/api/lending/applications/" + id + "/quote", borrower, "{}")
                            .status())
                    .isEqualTo(202);
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(api.get("/api/lending/applications/" + id + "/quote", borrower)
                                    .json()
                                    .get("available")
                                    .asBoolean())
                            .isTrue());
        }

        // when all six are accepted at the same moment
        ExecutorService tabs = Executors.newFixedThreadPool(APPLICATIONS);
        CountDownLatch together = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (String id : ids) {
                Callable<Integer> accept = () -> {
                    together.await();
                    return api.post("/api/lending/applications/" + id + "/acceptance", borrower, "{}")
                            .status();
                };
                answers.add(tabs.submit(accept));
            }
            together.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isIn(202, 409);
            }
        } finally {
            tabs.shutdownNow();
        }

        // then five are funded and one is sent back, naming the limit; the borrower owes exactly the cap
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            int funded = 0;
            int refused = 0;
            for (String id : ids) {
                JsonNode application =
                        api.get("/api/lending/applications/" + id, borrower).json();
                String status = application.get("status").asText();
                funded += status.equals("FUNDED") ? 1 : 0;
                refused += status.equals("SCORED") || status.equals("QUOTED") ? 1 : 0;
            }
            assertThat(funded).isEqualTo(5);
            assertThat(refused).isEqualTo(1);
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            BigDecimal owed = BigDecimal.ZERO;
            for (JsonNode loan :
                    api.get("/api/lending/loans?summary=true", borrower).json()) {
                owed = owed.add(new BigDecimal(loan.get("principal").asText()));
            }
            assertThat(owed).isEqualByComparingTo("25000.00");
        });
    }
}
