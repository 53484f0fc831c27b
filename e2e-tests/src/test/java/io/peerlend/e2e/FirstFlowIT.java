package io.peerlend.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The first real flow, end to end: real Keycloak tokens, through the gateway, into the PostgreSQL event store, out of
 * the MongoDB projections of two services.
 */
class FirstFlowIT extends EndToEndTest {

    private static final String APPLICATION = """
            {"amount": "7500.00", "termMonths": 24, "purpose": "HOME_IMPROVEMENT", %s}""".formatted(Api.DECLARATIONS);

    @Test
    void a_borrower_submits_an_application_reads_it_back_and_disclosure_counts_it() throws Exception {
        // given a borrower's token from Keycloak, carrying the API audience and the borrower role
        String borrower = api.tokenFor("borrower1");
        Identities.verifiedBorrower(api, borrower, "Bea", "Borrower", "B1000001");
        JsonNode claims = Api.claims(borrower);
        assertThat(claims.path("aud").toString()).contains("peerlend-api");
        assertThat(claims.at("/realm_access/roles").toString()).contains("borrower");
        long countedBefore = api.get("/public/disclosure/summary", null)
                .json()
                .get("loanApplicationsSubmitted")
                .asLong();

        // when the borrower submits an application through the gateway
        Api.Response created = api.post("/api/lending/applications", borrower, APPLICATION);

        // then it is accepted, with a correlation id
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.correlationId()).isNotBlank();
        String id = created.json().get("id").asText();
        assertThat(created.json().get("amount").asText()).isEqualTo("7500.00");

        // and its event is in the PostgreSQL event store, with the request's correlation id in the metadata
        try (Connection connection = DriverManager.getConnection(platform.postgresJdbcUrl(), "postgres", "");
                PreparedStatement query = connection.prepareStatement(
                        "SELECT payload_type, convert_from(meta_data, 'UTF8') FROM domain_event_entry "
                                + "WHERE aggregate_identifier = ?")) {
            query.setString(1, id);
            try (ResultSet rs = query.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("io.peerlend.lending.api.events.LoanApplicationSubmitted");
                assertThat(rs.getString(2)).contains(created.correlationId());
            }
        }

        // and the borrower reads it back from the lending projection
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Api.Response read = api.get("/api/lending/applications/" + id, borrower);
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.json().get("termMonths").asInt()).isEqualTo(24);
        });

        // and the lending service has it graded by the scoring service (its own client-credentials token)
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode read = api.get("/api/lending/applications/" + id, borrower).json();
            assertThat(read.get("status").asText()).isEqualTo("SCORED");
            assertThat(read.get("grade").asText()).isIn("A*", "A", "B", "C", "D", "E");
        });

        // but another borrower cannot see it, while operations staff can
        Api.Response other = api.get("/api/lending/applications/" + id, api.tokenFor("borrower2"));
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/lending/applications/" + id, api.tokenFor("ops1"))
                        .status())
                .isEqualTo(200);

        // and the disclosure service, following the same event store, counts it (no login needed)
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(api.get("/public/disclosure/summary", null)
                                .json()
                                .get("loanApplicationsSubmitted")
                                .asLong())
                        .isGreaterThan(countedBefore));
    }

    @Test
    void anyone_uses_the_loan_calculator_through_the_gateway_without_logging_in() {
        Api.Response calculated = api.post("/public/loan-calculator", null, """
                {"principal": "5000.00", "annualRate": "12.00", "termMonths": 18, "firstDueDate": "2022-12-01"}""");
        assertThat(calculated.status()).as(calculated.body()).isEqualTo(200);
        assertThat(calculated.json().get("monthlyPayment").asText()).isEqualTo("304.91");
        assertThat(calculated.json().get("apr").asText()).isEqualTo("12.7");
        assertThat(calculated.json().get("installments")).hasSize(18);
    }

    @Test
    void a_regulator_cannot_submit_and_a_caller_without_a_token_is_refused() {
        Api.Response regulator = api.post("/api/lending/applications", api.tokenFor("regulator1"), APPLICATION);
        assertThat(regulator.status()).isEqualTo(403);
        assertThat(regulator.contentType()).startsWith("application/problem+json");

        Api.Response anonymous = api.post("/api/lending/applications", null, APPLICATION);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");

        Api.Response forged =
                api.post("/api/lending/applications", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.", APPLICATION);
        assertThat(forged.status()).isEqualTo(401);
    }

    @Test
    void bad_input_gets_400_problem_json_naming_each_field() {
        Api.Response response = api.post("/api/lending/applications", api.tokenFor("borrower1"), """
                {"amount": "ten pounds", "termMonths": 7}""");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).contains("amount", "purpose");
    }

    @Test
    void every_service_publishes_its_openapi_through_the_gateway_and_the_gateway_reports_health() {
        assertThat(api.getAt(platform.managementUrl("gateway") + "/actuator/health", null)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("UP");
        for (String service : List.of("lending", "scoring", "kyc", "disclosure")) {
            Api.Response docs = api.get("/v3/api-docs/" + service, null);
            assertThat(docs.status()).as(service).isEqualTo(200);
            assertThat(docs.json().has("openapi")).as(service).isTrue();
        }
        assertThat(api.get("/v3/api-docs/lending", null).body()).contains("/api/lending/applications");
    }

    @Test
    void the_one_service_client_gets_the_service_role_and_no_customer_role_and_customer_routes_refuse_it()
            throws Exception {
        // given the lending service's token (client credentials, with this installation's generated secret)
        String token = api.token(Map.of(
                "client_id",
                "peerlend-lending",
                "client_secret",
                platform.lendingClientSecret(),
                "grant_type",
                "client_credentials"));

        // then it carries the API audience and exactly the service role
        JsonNode claims = Api.claims(token);
        assertThat(claims.path("aud").toString()).contains("peerlend-api");
        List<String> roles = new ArrayList<>();
        claims.at("/realm_access/roles").forEach(role -> roles.add(role.asText()));
        assertThat(roles).containsExactly("peerlend-service");

        // and the gateway's customer and staff routes refuse it
        for (String path : List.of(
                "/api/lending/applications",
                "/api/lending/accounts/me",
                "/api/kyc/customers/me",
                "/api/disclosure/indicators")) {
            assertThat(api.get(path, token).status()).as(path).isEqualTo(403);
        }

        // and the retired clients and the development secret of old are gone
        for (String client : List.of("peerlend-gateway", "peerlend-scoring", "peerlend-kyc", "peerlend-disclosure")) {
            assertThat(api.tokenResponse(Map.of(
                                    "client_id",
                                    client,
                                    "client_secret",
                                    client + "-dev-secret",
                                    "grant_type",
                                    "client_credentials"))
                            .status())
                    .as(client)
                    .isEqualTo(401);
        }
        assertThat(api.tokenResponse(Map.of(
                                "client_id",
                                "peerlend-lending",
                                "client_secret",
                                "peerlend-lending-dev-secret",
                                "grant_type",
                                "client_credentials"))
                        .status())
                .isEqualTo(401);
    }
}
