package io.peerlend.kyc.notifications;

import static io.peerlend.platform.testing.ServiceTests.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.peerlend.kyc.customers.Applicants;
import io.peerlend.lending.api.LoanPartShare;
import io.peerlend.lending.api.events.LoanDefaulted;
import io.peerlend.lending.api.events.LoanOpened;
import io.peerlend.platform.testing.ServiceTests;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Notifications from the events to a real SMTP server (GreenMail): what customers and staff are told, in the
 * customer's language, no more than needed, and at most once, also when the notifications are replayed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NotificationsIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            // started before the application, which is told its port
            .withPerMethodLifecycle(false);

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        ServiceTests.useEventStore(registry);
        ServiceTests.useReadSide(registry, "kyc-notifications-it");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    EventGateway events;

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void givenAVerifiedCustomer_whenThingsHappen_thenTheyAreToldInTheirLanguage_onceEvenAfterAReplay()
            throws Exception {
        // given a customer who gave their identity (a clean name: verified at once)
        String me = "n-" + UUID.randomUUID();
        String passport = "N" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        String address = passport.toLowerCase() + "@example.com";
        mvc.perform(post("/api/kyc/onboarding")
                        .with(caller(me, "borrower"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Applicants.onboarding(
                                "\"BORROWER\"", "Ingrid", "Solberg", "1984-06-01", "GB", passport)))
                .andExpect(status().isCreated());

        // then they are told in English, a notice they cannot switch off, with nothing personal in it
        MimeMessage verified = awaitMail(address, "Your identity is verified");
        String body = text(verified);
        assertThat(body).contains("We have verified your identity").contains("cannot be switched off");
        assertThat(body).doesNotContain("Ingrid").doesNotContain("Solberg").doesNotContain(passport);
        assertThat(verified.getHeader("Content-Language")).containsExactly("en-GB");
        assertThat(verified.getHeader("List-Unsubscribe")).isNull();

        // when they ask for Chinese and switch off an optional topic; a required one cannot be switched off
        mvc.perform(put("/api/kyc/customers/me/notifications")
                        .with(caller(me, "borrower"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"language\": \"zh-CN\", \"optedOut\": [\"PAYMENT_MISSED\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("optedOut"));
        mvc.perform(put("/api/kyc/customers/me/notifications")
                        .with(caller(me, "borrower"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"language\": \"fr-FR\", \"optedOut\": []}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("language"));
        mvc.perform(put("/api/kyc/customers/me/notifications")
                        .with(caller(me, "borrower"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"language\": \"zh-CN\", \"optedOut\": [\"LOAN_PAID_OUT\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.optedOut[0]").value("LOAN_PAID_OUT"));
        await().atMost(PATIENCE)
                .untilAsserted(() -> mvc.perform(
                                get("/api/kyc/customers/me/notifications").with(caller(me, "borrower")))
                        .andExpect(jsonPath("$.language").value("zh-CN")));

        // and a lender holds a part of their loan, which then defaults
        String lender = "nl-" + UUID.randomUUID();
        String lenderPassport = "L" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        String lenderAddress = lenderPassport.toLowerCase() + "@example.com";
        mvc.perform(post("/api/kyc/onboarding")
                        .with(caller(lender, "lender"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Applicants.onboarding(
                                "\"LENDER\"", "Olav", "Haugen", "1970-02-03", "GB", lenderPassport)))
                .andExpect(status().isCreated());
        awaitMail(lenderAddress, "Your identity is verified");
        String loan = UUID.randomUUID().toString();
        events.publish(new LoanOpened(
                loan,
                me,
                "A-36",
                "A",
                new BigDecimal("0.02"),
                36,
                5_000_00,
                "GBP",
                new BigDecimal("7.50"),
                100_00,
                50_00,
                List.of(new LoanPartShare(lender, "offer-1", 5_000_00)),
                "ref-" + loan,
                Instant.now()));
        events.publish(new LoanDefaulted(loan, "MISSED_PAYMENTS", 4_000_00, 50_00, 0, LocalDate.now(), Instant.now()));

        // then the borrower is told in Chinese, and the lender (who chose nothing) in English, with an unsubscribe
        String reference = Notifier.reference(loan);
        MimeMessage defaulted = awaitMail(address, "您的贷款已违约");
        assertThat(text(defaulted)).contains(reference);
        assertThat(defaulted.getHeader("Content-Language")).containsExactly("zh-CN");
        MimeMessage lenderTold = awaitMail(lenderAddress, "A loan you lent to has defaulted");
        assertThat(text(lenderTold)).contains(reference).contains("/app/notifications");
        assertThat(lenderTold.getHeader("List-Unsubscribe"))
                .containsExactly("<http://localhost:8080/app/notifications>");

        // when the notifications are replayed from the start of the event store
        StreamingEventProcessor processor = processing
                .eventProcessor(Notifier.GROUP, StreamingEventProcessor.class)
                .orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        // and something new happens after the replay (the positive signal that the replay has passed)
        String second = UUID.randomUUID().toString();
        events.publish(new LoanOpened(
                second,
                me,
                "A-36",
                "A",
                new BigDecimal("0.02"),
                36,
                1_000_00,
                "GBP",
                new BigDecimal("7.50"),
                10_00,
                5_00,
                List.of(new LoanPartShare(lender, "offer-2", 1_000_00)),
                "ref-" + second,
                Instant.now()));
        events.publish(new LoanDefaulted(second, "MISSED_PAYMENTS", 900_00, 0, 0, LocalDate.now(), Instant.now()));
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(subjects(address))
                        .filteredOn("您的贷款已违约"::equals)
                        .hasSize(2));

        // then nothing was sent again: one identity mail each, one default mail per loan
        assertThat(subjects(address))
                .filteredOn("Your identity is verified"::equals)
                .hasSize(1);
        assertThat(subjects(lenderAddress))
                .filteredOn("Your identity is verified"::equals)
                .hasSize(1);
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(subjects(lenderAddress))
                        .filteredOn("A loan you lent to has defaulted"::equals)
                        .hasSize(2));
    }

    private static MimeMessage awaitMail(String to, String subject) {
        return await().atMost(PATIENCE)
                .until(
                        () -> Arrays.stream(MAIL.getReceivedMessagesForDomain(to))
                                .filter(m -> subjectOf(m).equals(subject))
                                .findFirst()
                                .orElse(null),
                        m -> m != null);
    }

    /** The decoded text (a mail with Chinese in it travels in base64). */
    private static String text(MimeMessage m) throws Exception {
        return (String) m.getContent();
    }

    private static List<String> subjects(String to) {
        return Arrays.stream(MAIL.getReceivedMessagesForDomain(to))
                .map(NotificationsIT::subjectOf)
                .toList();
    }

    private static String subjectOf(Message m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
