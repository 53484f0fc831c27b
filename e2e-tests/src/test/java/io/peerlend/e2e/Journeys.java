package io.peerlend.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** The first steps every market test needs, through the gateway with real Keycloak users. */
final class Journeys {

    static final String PASSWORD = "Correct-horse-42";

    /**
     * A verified borrower's application, once graded (quoted at once if the market of its grade already has money on
     * offer from an earlier test; asking for a quote again re-prices it from the market as it is then).
     */
    record Application(String borrowerToken, String id, String grade) {}

    private Journeys() {}

    /** A new borrower in Keycloak (password {@link #PASSWORD}), verified by the KYC service; their token. */
    static String verifiedBorrower(Api api, String given, String surname, String passport) throws Exception {
        String name = "b-" + UUID.randomUUID().toString().substring(0, 8);
        KeycloakRealmIT.admin().createUser(name, "borrower");
        String borrower = api.tokenFor(name, PASSWORD);
        Identities.verifiedBorrower(api, borrower, given, surname, passport);
        return borrower;
    }

    static Application gradedApplication(
            Api api, String given, String surname, String passport, String amount, int termMonths) throws Exception {
        String borrower = verifiedBorrower(api, given, surname, passport);
        String id = api.post("/api/lending/applications", borrower, """
                {"amount": "%s", "termMonths": %d, "purpose": "CAR", %s}""".formatted(amount, termMonths, Api.DECLARATIONS))
                .json()
                .get("id")
                .asText();
        String[] grade = new String[1];
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode application =
                    api.get("/api/lending/applications/" + id, borrower).json();
            assertThat(application.get("status").asText()).isIn("SCORED", "QUOTED");
            grade[0] = application.get("grade").asText();
        });
        return new Application(borrower, id, grade[0]);
    }

    /**
     * A verified, assessed and categorised lender who has deposited {@code amount} and offered all of it in the market
     * at {@code rate}; returns their token once the offer is active.
     */
    static String offeringLender(
            Api api,
            String given,
            String surname,
            String passport,
            String grade,
            int termMonths,
            String amount,
            String rate)
            throws Exception {
        return offeringLenderAccount(api, given, surname, passport, grade, termMonths, amount, rate)
                .token();
    }

    /**
     * A verified, assessed and categorised lender with {@code amount} deposited and available (nothing offered): a
     * buyer on the secondary market.
     */
    static Lender fundedLenderAccount(Api api, String given, String surname, String passport, String amount)
            throws Exception {
        String name = "l-" + UUID.randomUUID().toString().substring(0, 8);
        KeycloakRealmIT.admin().createUser(name, "lender");
        String lender = api.tokenFor(name, PASSWORD);
        assertThat(api.post(
                                "/api/kyc/onboarding",
                                lender,
                                Identities.onboarding("\"LENDER\"", given, surname, "1970-01-01", "GB", passport))
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("VERIFIED");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(api.post(
                                        "/api/lending/accounts/me/deposits",
                                        lender,
                                        "{\"amount\": \"" + amount + "\"}",
                                        Map.of("Idempotency-Key", "deposit-1"))
                                .status())
                        .isEqualTo(202));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(api.get("/api/lending/accounts/me", lender)
                                .json()
                                .get("available")
                                .asText())
                        .isEqualTo(amount));
        assertThat(api.post("/api/lending/appropriateness", lender, """
                {"answers": {"capital": "b", "fscs": "b", "liquidity": "b", "diversification": "a", "failure": "b"}}""")
                        .json()
                        .get("passed")
                        .asBoolean())
                .isTrue();
        assertThat(api.post("/api/lending/investor-category", lender, "{\"category\": \"HIGH_NET_WORTH\"}")
                        .status())
                .isEqualTo(200);
        return new Lender(name, lender);
    }

    /** A lender's Keycloak user name (password {@link #PASSWORD}) and token. */
    record Lender(String username, String token) {}

    /** The same lender, with their user name too (to log in as them in a browser). */
    static Lender offeringLenderAccount(
            Api api,
            String given,
            String surname,
            String passport,
            String grade,
            int termMonths,
            String amount,
            String rate)
            throws Exception {
        Lender funded = fundedLenderAccount(api, given, surname, passport, amount);
        String lender = funded.token();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(api.post(
                                        "/api/lending/offers",
                                        lender,
                                        "{\"grade\": \"" + grade + "\", \"termMonths\": " + termMonths
                                                + ", \"amount\": \"" + amount + "\", \"rate\": \"" + rate + "\"}",
                                        Map.of("Idempotency-Key", "offer-1"))
                                .status())
                        .isEqualTo(202));
        await().atMost(Duration.ofSeconds(30))
                // (the offers' read model follows on its own: an empty list until it has the offer)
                .untilAsserted(() -> assertThat(api.get("/api/lending/offers", lender)
                                .json()
                                .path(0)
                                .path("status")
                                .asText())
                        .isEqualTo("ACTIVE"));
        return funded;
    }
}
