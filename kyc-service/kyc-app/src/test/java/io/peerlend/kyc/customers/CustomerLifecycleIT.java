package io.peerlend.kyc.customers;

import static io.peerlend.platform.testing.ServiceTests.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpServer;
import io.peerlend.calendar.api.BusinessDateAdvanced;
import io.peerlend.kyc.api.CustomerDataErased;
import io.peerlend.kyc.api.OnboardingSubmitted;
import io.peerlend.lending.api.events.LenderFundsDeposited;
import io.peerlend.platform.testing.MovableClock;
import io.peerlend.platform.testing.ServiceTests;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A customer's life over years, on a clock the test moves: periodic re-verification, and crypto-shredding once a
 * former customer's retention period is over (nothing of their personal data reads anywhere, everyone else's does).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
@Import(CustomerLifecycleIT.Clocks.class)
class CustomerLifecycleIT {

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(Instant.now()); // moved forward by the test instead of waiting five years
        }
    }

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    /** Keycloak's token endpoint and admin API, as far as an erasure uses them; it records what it was asked. */
    static final List<String> identityProviderCalls = new CopyOnWriteArrayList<>();

    static final HttpServer identityProvider = identityProvider();

    static HttpServer identityProvider() {
        try {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                String call = exchange.getRequestMethod() + " "
                        + exchange.getRequestURI().getPath();
                byte[] body = new byte[0];
                int status = 204;
                if (call.endsWith("/token")) {
                    body = "{\"access_token\":\"kyc-admin-token\",\"token_type\":\"Bearer\",\"expires_in\":300}"
                            .getBytes(StandardCharsets.UTF_8);
                    status = 200;
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                } else {
                    identityProviderCalls.add(
                            call + " " + exchange.getRequestHeaders().getFirst("Authorization"));
                }
                exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
                if (body.length > 0) {
                    exchange.getResponseBody().write(body);
                }
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stopIdentityProvider() {
        identityProvider.stop(0);
    }

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        ServiceTests.useEventStore(registry);
        ServiceTests.useReadSide(registry, "kyc-erasure-it");
        String keycloak = "http://127.0.0.1:" + identityProvider.getAddress().getPort();
        registry.add("PEERLEND_TOKEN_URI", () -> keycloak + "/realms/peerlend/protocol/openid-connect/token");
        registry.add("peerlend.kyc.identity-provider.admin-url", () -> keycloak + "/admin/realms/peerlend");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    MovableClock clock;

    @Autowired
    CustomerVault vault;

    @Autowired
    EventStore eventStore;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    EventGateway events;

    @Test
    void givenAFormerCustomerPastRetention_whenErased_thenNoPersonalFieldReadsAnywhereAndOthersStillRead(
            CapturedOutput output) throws Exception {
        String leaver = "it-" + UUID.randomUUID();
        String stayer = "it-" + UUID.randomUUID();
        onboard(leaver, Applicants.onboarding("\"LENDER\"", "Erin", "Walshford", "1979-03-04", "GB", "E5550001"));
        onboard(stayer, Applicants.onboarding("\"LENDER\"", "Owen", "Pritchard", "1981-05-06", "GB", "O5550002"));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> mvc.perform(get("/api/kyc/customers/" + leaver).with(caller("ops-1", "ops")))
                                .andExpect(jsonPath("$.personal.fullName").value("Erin Walshford")));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE"
                                + " '%PersonalDataViewed' AND convert_from(payload, 'UTF8') LIKE ?",
                        Integer.class, "%" + leaver + "%"))
                .as("the officer's read is audited")
                .isPositive();

        // given: a suspicious activity report about them, with their name in its narrative
        events.publish(new LenderFundsDeposited(leaver, "pay-" + leaver, 20_000_00, "GBP", clock.instant()));
        String[] caseId = new String[1];
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            String body = mvc.perform(get("/api/kyc/aml/cases").with(caller("ops-1", "ops")))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            List<String> ids = JsonPath.read(body, "$[?(@.customerId == '" + leaver + "')].caseId");
            assertThat(ids).hasSize(1);
            caseId[0] = ids.get(0);
        });
        mvc.perform(post("/api/kyc/aml/cases/" + caseId[0] + "/report")
                        .with(caller("ops-1", "ops"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\": \"Erin Walshford paid in GBP 20,000 with no explanation\"}"))
                .andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(get("/api/kyc/aml/cases/" + caseId[0] + "/report")
                                .with(caller("sup-1", "ops-supervisor")))
                        .andExpect(jsonPath("$.subject.fullName").value("Erin Walshford")));

        // and: the relationship ends; erasure is refused while the retention period runs
        mvc.perform(post("/api/kyc/customers/" + leaver + "/relationship-end").with(caller("ops-1", "ops")))
                .andExpect(status().isOk());
        mvc.perform(post("/api/kyc/customers/" + leaver + "/erasure").with(caller("sup-1", "ops-supervisor")))
                .andExpect(status().isConflict());

        // (the notifications know their address: they were told of their identity check)
        await().atMost(Duration.ofSeconds(20))
                .until(() -> MAIL.getReceivedMessagesForDomain("e5550001@example.com").length > 0);

        // when: five years and a day later, a supervisor erases
        clock.advance(Duration.ofDays(5 * 366 + 1));
        mvc.perform(post("/api/kyc/customers/" + leaver + "/erasure").with(caller("sup-1", "ops-supervisor")))
                .andExpect(status().isOk());

        // then: by the time the answer came, the key was gone
        assertThat(vault.isErased(leaver)).isTrue();
        // and the customer was told, just before, in the last mail they will get from us (and nothing personal in it)
        MimeMessage[] told = MAIL.getReceivedMessagesForDomain("e5550001@example.com");
        assertThat(told[told.length - 1].getSubject()).isEqualTo("We are erasing your personal data");
        assertThat((String) told[told.length - 1].getContent())
                .contains("This is the last message we will send you")
                .doesNotContain("Erin", "Walshford");
        // and the identity provider removed the account and its sessions, with KYC's own token
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(identityProviderCalls)
                        .contains(
                                "POST /admin/realms/peerlend/users/" + leaver + "/logout Bearer kyc-admin-token",
                                "DELETE /admin/realms/peerlend/users/" + leaver + " Bearer kyc-admin-token"));
        // and the erasure waits for the other services, then is complete: its record names services, never data
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(get("/api/kyc/customers/" + leaver + "/erasure")
                                .with(caller("sup-1", "ops-supervisor")))
                        .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                        .andExpect(jsonPath("$.done.kyc").exists())
                        .andExpect(jsonPath("$.done.identity-provider").exists())
                        .andExpect(jsonPath("$.pending").value(Matchers.contains("lending", "scoring", "disclosure"))));
        for (String service : List.of("lending", "scoring", "disclosure")) {
            events.publish(new CustomerDataErased(leaver, service, "done", List.of(), clock.instant()));
        }
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(get("/api/kyc/customers/" + leaver + "/erasure")
                                .with(caller("sup-1", "ops-supervisor")))
                        .andExpect(jsonPath("$.status").value("COMPLETE"))
                        .andExpect(jsonPath("$.requestedBy").value("sup-1"))
                        .andExpect(jsonPath("$.pending").isEmpty()));
        mvc.perform(get("/api/kyc/customers/" + leaver + "/erasure").with(caller("ops-1", "ops")))
                .andExpect(status().isForbidden());

        // and no copy of the data reads
        List<String> secrets = List.of("Erin", "Walshford", "E5550001", "erin", "1979-03-04");
        for (OnboardingSubmitted e : eventStore
                .readEvents(leaver)
                .asStream()
                .filter(m -> m.getPayload() instanceof OnboardingSubmitted)
                .map(m -> (OnboardingSubmitted) m.getPayload())
                .toList()) {
            assertThat(vault.open(e.personalData()))
                    .as("sealed data in the event store")
                    .isEmpty();
            assertThat(vault.open(e.documentFailures())).isEmpty();
        }
        for (byte[] payload : jdbc.queryForList(
                "SELECT payload FROM domain_event_entry WHERE aggregate_identifier" + " IN (?, ?)",
                byte[].class,
                leaver,
                caseId[0])) {
            assertThat(new String(payload, StandardCharsets.UTF_8))
                    .as("raw event payloads")
                    .doesNotContain(secrets);
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Document raw = mongo.getCollection("customers")
                    .find(new Document("_id", leaver))
                    .first();
            assertThat(raw).isNotNull();
            assertThat(raw.getString("status")).isEqualTo("ERASED");
            assertThat(raw).doesNotContainKey("personalData");
            assertThat(raw.toJson()).doesNotContain(secrets);
        });
        mvc.perform(get("/api/kyc/customers/me").with(caller(leaver, "lender")))
                .andExpect(jsonPath("$.status").value("ERASED"))
                .andExpect(jsonPath("$.personal").doesNotExist());
        mvc.perform(get("/api/kyc/customers/" + leaver).with(caller("ops-1", "ops")))
                .andExpect(jsonPath("$.personal").doesNotExist());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            String export = mvc.perform(
                            get("/api/kyc/aml/cases/" + caseId[0] + "/report").with(caller("sup-1", "ops-supervisor")))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(export).as("the report export").contains(leaver).doesNotContain(secrets);
        });
        assertThat(mongo.getCollection("aml_cases")
                        .find(new Document("customerId", leaver))
                        .first()
                        .toJson())
                .doesNotContain("\"text\"");
        assertThat(output.getAll()).as("logs").doesNotContain(secrets);

        // and: everyone else's data still reads
        mvc.perform(get("/api/kyc/customers/me").with(caller(stayer, "lender")))
                .andExpect(jsonPath("$.personal.fullName").value("Owen Pritchard"));
    }

    @Test
    void givenAFormerCustomer_whenTheBusinessDatePassesTheirRetentionDate_thenThePlatformErasesThemOnItsOwn()
            throws Exception {
        String leaver = "it-" + UUID.randomUUID();
        onboard(leaver, Applicants.onboarding("\"LENDER\"", "Tamsin", "Oakridge", "1975-02-03", "GB", "T5550009"));
        mvc.perform(post("/api/kyc/customers/" + leaver + "/relationship-end").with(caller("ops-1", "ops")))
                .andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> mvc.perform(get("/api/kyc/customers/" + leaver).with(caller("ops-1", "ops")))
                                .andExpect(jsonPath("$.personal.fullName").value("Tamsin Oakridge")));

        // when the business date moves past the end of the retention period
        clock.advance(Duration.ofDays(5 * 366 + 1));
        events.publish(new BusinessDateAdvanced(
                null, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), "ops-1", clock.instant()));

        // then the platform erases them by itself, and its record says so
        await().atMost(Duration.ofSeconds(20)).until(() -> vault.isErased(leaver));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(get("/api/kyc/customers/" + leaver + "/erasure")
                                .with(caller("sup-1", "ops-supervisor")))
                        .andExpect(jsonPath("$.requestedBy").value("system: retention period ended"))
                        .andExpect(jsonPath("$.done.kyc").exists()));
    }

    @Test
    void givenAVerificationOlderThanItsRiskPeriod_whenTheBusinessDatePassesIt_thenTheCustomerMustVerifyAgain()
            throws Exception {
        String customer = "it-" + UUID.randomUUID();
        onboard(customer, Applicants.onboarding("\"BORROWER\"", "Rhys", "Morgan", "1970-10-10", "GB", "R5550004"));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(get("/api/kyc/customers/me").with(caller(customer, "borrower")))
                        .andExpect(jsonPath("$.status").value("VERIFIED")));

        clock.advance(Duration.ofDays(5 * 366));
        // the lending service moves the platform's business date on (an event in the shared store)
        events.publish(new BusinessDateAdvanced(
                null, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), "ops-1", clock.instant()));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(get("/api/kyc/customers/me").with(caller(customer, "borrower")))
                        .andExpect(jsonPath("$.status").value("REVERIFICATION_DUE")));
        onboard(customer, Applicants.onboarding("\"BORROWER\"", "Rhys", "Morgan", "1970-10-10", "GB", "R5550005"));
    }

    private void onboard(String subject, String body) throws Exception {
        mvc.perform(post("/api/kyc/onboarding")
                        .with(caller(subject, "borrower", "lender"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("VERIFIED"));
    }
}
