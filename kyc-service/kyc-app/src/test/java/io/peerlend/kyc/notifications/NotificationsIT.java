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
import io.peerlend.calendar.api.BusinessDateAdvanced;
import io.peerlend.kyc.api.ComplaintAcknowledged;
import io.peerlend.kyc.customers.Applicants;
import io.peerlend.lending.api.LoanPartShare;
import io.peerlend.lending.api.ScheduledInstalment;
import io.peerlend.lending.api.events.LoanDefaulted;
import io.peerlend.lending.api.events.LoanDisbursed;
import io.peerlend.lending.api.events.LoanOpened;
import io.peerlend.platform.testing.ServiceTests;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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

    @Autowired
    MongoTemplate mongo;

    @Test
    void givenAVerifiedCustomer_whenThingsHappen_thenTheyAreToldInTheirLanguage_onceEvenAfterAReplay()
            throws Exception {
        // given a customer who gave their identity (a clean name: verified at once)
        String me = "n-" + UUID.randomUUID();
        String passport = "N" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        String address = passport.toLowerCase() + "@example.com";
        onboard(me, "borrower", "Ingrid", "Solberg", "1984-06-01", passport);

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
        onboard(lender, "lender", "Olav", "Haugen", "1970-02-03", lenderPassport);
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
        assertThat(lenderTold.getHeader("List-Unsubscribe")[0])
                .startsWith("<http://localhost:8080/public/kyc/unsubscribe/");
        assertThat(lenderTold.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");

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

    @Test
    void givenAnInstalmentAndAnUnansweredComplaint_whenTheBusinessDateComes_thenTheBorrowerIsRemindedOnce_andStaffTold()
            throws Exception {
        // given a borrower with a loan whose first instalment is due on a date, and a complaint left unanswered
        String me = "r-" + UUID.randomUUID();
        String passport = "R" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        String address = passport.toLowerCase() + "@example.com";
        onboard(me, "borrower", "Kari", "Lunde", "1979-08-09", passport);
        awaitMail(address, "Your identity is verified");
        String loan = UUID.randomUUID().toString();
        LocalDate due = LocalDate.of(2031, 3, 16);
        events.publish(new LoanDisbursed(
                loan,
                me,
                995_00,
                "GBP",
                due.minusMonths(1),
                List.of(
                        new ScheduledInstalment(1, due, 80_00, 6_00),
                        new ScheduledInstalment(2, due.plusMonths(1), 81_00, 5_00)),
                Instant.now(),
                List.of()));
        String complaint = "cmp-" + UUID.randomUUID();
        events.publish(new ComplaintAcknowledged(complaint, me, due.minusDays(10), "the ombudsman", Instant.now()));

        // when the business date moves to three days before the instalment, then a day further
        events.publish(new BusinessDateAdvanced(due.minusDays(5), due.minusDays(3), "ops-1", Instant.now()));
        events.publish(new BusinessDateAdvanced(due.minusDays(3), due.minusDays(2), "ops-1", Instant.now()));
        // and on to the second instalment's reminder (the positive signal that the second date was handled)
        events.publish(
                new BusinessDateAdvanced(due.minusDays(2), due.plusMonths(1).minusDays(3), "ops-1", Instant.now()));

        // then the borrower is reminded of each instalment once, with its date and without its amount
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(subjects(address))
                        .filteredOn("A payment on your loan is due soon"::equals)
                        .hasSize(2));
        List<String> reminders = texts(address, "A payment on your loan is due soon");
        assertThat(reminders.get(0)).contains("due on 16 March 2031").doesNotContain("86.00");
        assertThat(reminders.get(1)).contains("due on 16 April 2031");
        // and staff are told once that the complaint's final response is overdue
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(texts("operations@peerlend.test", "A complaint is overdue"))
                        .filteredOn(t -> t.contains(Notifier.reference(complaint)))
                        .hasSize(1));
    }

    @Test
    void givenAMailAboutAnOptionalTopic_whenTheMailClientPostsItsOneClickLink_thenThatTopicAloneIsOff_withoutSignIn()
            throws Exception {
        // given a lender who chose Chinese and switched quotes off, and a loan of theirs that defaults
        String lender = "u-" + UUID.randomUUID();
        String passport = "U" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        String address = passport.toLowerCase() + "@example.com";
        onboard(lender, "lender", "Siri", "Dahl", "1975-01-02", passport);
        // (their record is read before their choices are)
        await().atMost(PATIENCE)
                .untilAsserted(() -> mvc.perform(get("/api/kyc/customers/me").with(caller(lender, "lender")))
                        .andExpect(status().isOk()));
        mvc.perform(put("/api/kyc/customers/me/notifications")
                        .with(caller(lender, "lender"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"language\": \"zh-CN\", \"optedOut\": [\"QUOTE_READY\"]}"))
                .andExpect(status().isOk());
        String first = defaultedLoanOf(lender);
        MimeMessage told = await().atMost(PATIENCE)
                .until(
                        () -> Arrays.stream(MAIL.getReceivedMessagesForDomain(address))
                                .filter(m -> text(m).contains(Notifier.reference(first)))
                                .findFirst()
                                .orElse(null),
                        m -> m != null);
        String link = told.getHeader("List-Unsubscribe")[0].replaceAll("^<|>$", "");
        String path = link.substring(link.indexOf("/public/"));

        // when a stranger guesses a link, nothing is switched off
        mvc.perform(post("/public/kyc/unsubscribe/" + "A".repeat(43))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("List-Unsubscribe=One-Click"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").exists());
        // when their mail client posts the link, as RFC 8058 says (no token, no cookie), twice
        for (int click = 0; click < 2; click++) {
            mvc.perform(post(path)
                            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                            .content("List-Unsubscribe=One-Click"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.switchedOff").value("LENDER_LOAN_DEFAULTED"));
        }

        // then that topic is off and every earlier choice stays
        await().atMost(PATIENCE)
                .untilAsserted(() -> mvc.perform(
                                get("/api/kyc/customers/me/notifications").with(caller(lender, "lender")))
                        .andExpect(jsonPath("$.language").value("zh-CN"))
                        .andExpect(jsonPath(
                                "$.optedOut", Matchers.containsInAnyOrder("QUOTE_READY", "LENDER_LOAN_DEFAULTED"))));
        // and the next default of a loan of theirs is recorded as switched off, not mailed
        defaultedLoanOf(lender);
        await().atMost(PATIENCE)
                .until(() -> mongo.count(
                                Query.query(Criteria.where("_id")
                                        .regex("/" + lender + "$")
                                        .and("outcome")
                                        .is("SWITCHED_OFF")),
                                Deliveries.SENT)
                        == 1);
        String subject = told.getSubject();
        assertThat(MAIL.getReceivedMessagesForDomain(address))
                .filteredOn(m -> subjectOf(m).equals(subject))
                .hasSize(1);
    }

    /** A customer gives their identity (a clean name: verified at once); their mail goes to passport@example.com. */
    private void onboard(String customer, String role, String given, String surname, String born, String passport)
            throws Exception {
        mvc.perform(post("/api/kyc/onboarding")
                        .with(caller(customer, role))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Applicants.onboarding(
                                "\"" + role.toUpperCase() + "\"", given, surname, born, "GB", passport)))
                .andExpect(status().isCreated());
    }

    /** A loan in which the lender holds the only part, opened and then defaulted; its id. */
    private String defaultedLoanOf(String lender) {
        String loan = UUID.randomUUID().toString();
        events.publish(new LoanOpened(
                loan,
                "borrower-" + loan,
                "A-36",
                "A",
                new BigDecimal("0.02"),
                36,
                1_000_00,
                "GBP",
                new BigDecimal("7.50"),
                10_00,
                5_00,
                List.of(new LoanPartShare(lender, "offer-" + loan, 1_000_00)),
                "ref-" + loan,
                Instant.now()));
        events.publish(new LoanDefaulted(loan, "MISSED_PAYMENTS", 900_00, 0, 0, LocalDate.now(), Instant.now()));
        return loan;
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
    private static String text(MimeMessage m) {
        try {
            return (String) m.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded texts of the mails to one address with one subject, in the order they arrived. */
    private static List<String> texts(String to, String subject) throws Exception {
        List<String> texts = new ArrayList<>();
        for (MimeMessage m : MAIL.getReceivedMessagesForDomain(to)) {
            if (subjectOf(m).equals(subject)) {
                texts.add(text(m));
            }
        }
        return texts;
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
