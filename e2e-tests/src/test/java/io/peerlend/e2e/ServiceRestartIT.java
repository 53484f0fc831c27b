package io.peerlend.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Killing a service loses nothing that was submitted: the events are in PostgreSQL; projections catch up. */
class ServiceRestartIT extends EndToEndTest {

    private static final String APPLICATION = """
            {"amount": "3000.00", "termMonths": 12, "purpose": "CAR", %s}""".formatted(Api.DECLARATIONS);

    @Test
    void the_lending_service_killed_right_after_accepting_an_application_still_has_it_after_restart() throws Exception {
        String borrower = api.tokenFor("borrower1");
        // given an application accepted by the lending service
        Api.Response created = api.post("/api/lending/applications", borrower, APPLICATION);
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asText();

        // when the service is killed (SIGKILL, no graceful shutdown)
        platform.service("lending").kill();
        // then the gateway answers honestly that it is unavailable
        Api.Response whileDown = api.get("/api/lending/applications/" + id, borrower);
        assertThat(whileDown.status()).isEqualTo(503);
        assertThat(whileDown.contentType()).startsWith("application/problem+json");

        // and after a restart the application is there
        platform.restart("lending");
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(api.get("/api/lending/applications/" + id, borrower)
                                .status())
                        .isEqualTo(200));
    }

    @Test
    void the_disclosure_service_catches_up_on_applications_submitted_while_it_was_down() throws Exception {
        long before = count();
        platform.service("disclosure").kill();

        // while disclosure is down, two applications are submitted
        String borrower = api.tokenFor("borrower2");
        assertThat(api.post("/api/lending/applications", borrower, APPLICATION).status())
                .isEqualTo(201);
        assertThat(api.post("/api/lending/applications", borrower, APPLICATION).status())
                .isEqualTo(201);

        // then after its restart its projection counts both
        platform.restart("disclosure");
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(count()).isGreaterThanOrEqualTo(before + 2));
    }

    @Test
    void an_application_submitted_while_scoring_is_down_waits_and_is_scored_once_scoring_is_back() throws Exception {
        String borrower = api.tokenFor("borrower1");
        Identities.verifiedBorrower(api, borrower, "Bea", "Borrower", "B1000001");
        platform.service("scoring").kill();
        // given an application submitted during a scoring outage
        Api.Response created = api.post("/api/lending/applications", borrower, APPLICATION);
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asText();
        // then it reaches the scoring step and waits there, ungraded (it is never approved without a score)
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(api.get("/api/lending/applications/" + id, borrower)
                                .json()
                                .get("status")
                                .asText())
                        .isEqualTo("SCORING"));
        // and once scoring is back it is graded, without anyone resubmitting it
        platform.restart("scoring");
        await().atMost(Duration.ofSeconds(120))
                .untilAsserted(() -> assertThat(api.get("/api/lending/applications/" + id, borrower)
                                .json()
                                .get("status")
                                .asText())
                        .isEqualTo("SCORED"));
    }

    /** The public count, once the gateway routes to disclosure again (it probes an instance's readiness first). */
    private static long count() {
        Api.Response summary = api.get("/public/disclosure/summary", null);
        assertThat(summary.status()).as(summary.body()).isEqualTo(200);
        return summary.json().get("loanApplicationsSubmitted").asLong();
    }
}
