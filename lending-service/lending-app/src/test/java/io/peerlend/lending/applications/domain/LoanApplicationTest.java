package io.peerlend.lending.applications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.lending.api.Circumstances;
import io.peerlend.lending.api.CreditHistory;
import io.peerlend.lending.api.CurrentAccount;
import io.peerlend.lending.api.EmploymentStatus;
import io.peerlend.lending.api.Housing;
import io.peerlend.lending.api.LoanPurpose;
import io.peerlend.lending.api.MonthlyFinances;
import io.peerlend.lending.api.OtherInstalmentPlans;
import io.peerlend.lending.api.Property;
import io.peerlend.lending.api.Savings;
import io.peerlend.lending.api.commands.AcceptQuote;
import io.peerlend.lending.api.commands.ConfirmBorrowerIdentity;
import io.peerlend.lending.api.commands.ExpireApplication;
import io.peerlend.lending.api.commands.RecordCreditDecision;
import io.peerlend.lending.api.commands.RecordFunding;
import io.peerlend.lending.api.commands.RecordQuote;
import io.peerlend.lending.api.commands.ReduceLoanAmount;
import io.peerlend.lending.api.commands.RequestQuote;
import io.peerlend.lending.api.commands.SubmitLoanApplication;
import io.peerlend.lending.api.commands.WithdrawApplication;
import io.peerlend.lending.api.events.BorrowerIdentityConfirmed;
import io.peerlend.lending.api.events.LoanAmountReduced;
import io.peerlend.lending.api.events.LoanApplicationDeclined;
import io.peerlend.lending.api.events.LoanApplicationExpired;
import io.peerlend.lending.api.events.LoanApplicationScored;
import io.peerlend.lending.api.events.LoanApplicationSubmitted;
import io.peerlend.lending.api.events.LoanApplicationWithdrawn;
import io.peerlend.lending.api.events.LoanFunded;
import io.peerlend.lending.api.events.LoanNotFunded;
import io.peerlend.lending.api.events.LoanNotQuoted;
import io.peerlend.lending.api.events.LoanQuoted;
import io.peerlend.lending.api.events.QuoteAccepted;
import io.peerlend.lending.product.LoanApplicationRejected;
import io.peerlend.lending.product.LoanProductPolicy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoanApplicationTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:15:30Z");
    static final MonthlyFinances FINANCES = new MonthlyFinances("2800.00", "1200.00", "100.00");
    static final Circumstances CIRCUMSTANCES = new Circumstances(
            CurrentAccount.LOW,
            CreditHistory.EXISTING_REPAID_ON_TIME,
            Savings.LOW,
            EmploymentStatus.EMPLOYED,
            3,
            Property.CAR_OR_OTHER,
            31,
            OtherInstalmentPlans.NONE,
            Housing.RENT,
            1);
    private FixtureConfiguration<LoanApplication> fixture;

    static SubmitLoanApplication submit(
            String id, String borrower, long amount, String currency, int term, LoanPurpose purpose) {
        return new SubmitLoanApplication(id, borrower, amount, currency, term, purpose, FINANCES, CIRCUMSTANCES);
    }

    static LoanApplicationSubmitted submitted(
            String id, String borrower, long amount, String currency, int term, LoanPurpose purpose) {
        return new LoanApplicationSubmitted(
                id, borrower, amount, currency, term, purpose, FINANCES, CIRCUMSTANCES, NOW);
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(LoanApplication.class);
        fixture.registerInjectableResource(new LoanProductPolicy("GBP", 1_000_00, 25_000_00));
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void a_valid_application_is_submitted() {
        fixture.givenNoPriorActivity()
                .when(submit("app-1", "borrower-1", 5_000_00, "GBP", 36, LoanPurpose.CAR))
                .expectSuccessfulHandlerExecution()
                .expectEvents(submitted("app-1", "borrower-1", 5_000_00, "GBP", 36, LoanPurpose.CAR))
                .expectState(app -> {
                    assertThat(app.borrowerId()).isEqualTo("borrower-1");
                    assertThat(app.status()).isEqualTo(ApplicationStatus.SUBMITTED);
                });
    }

    @Test
    void the_product_limits_are_inclusive() {
        fixture.givenNoPriorActivity()
                .when(submit("app-2", "b", 25_000_00, "GBP", 60, LoanPurpose.OTHER))
                .expectEvents(submitted("app-2", "b", 25_000_00, "GBP", 60, LoanPurpose.OTHER));
    }

    @Test
    void an_amount_outside_the_limits_and_a_term_no_market_offers_are_both_rejected_and_nothing_is_stored() {
        fixture.givenNoPriorActivity()
                .when(submit("app-3", "b", 999_99, "GBP", 18, LoanPurpose.CAR))
                .expectException(LoanApplicationRejected.class)
                .expectNoEvents()
                .expectExceptionMessage(
                        Matchers.allOf(Matchers.containsString("amount"), Matchers.containsString("termMonths")));
    }

    @Test
    void a_credit_decision_with_a_grade_scores_the_application() {
        fixture.given(submitted("app-5", "b", 5_000_00, "GBP", 36, LoanPurpose.CAR), confirmed("app-5"))
                .when(new RecordCreditDecision(
                        "app-5",
                        "B",
                        new BigDecimal("0.2012"),
                        512,
                        List.of("A longer loan term carries more risk"),
                        "german-credit-1"))
                .expectEvents(new LoanApplicationScored(
                        "app-5",
                        "B",
                        new BigDecimal("0.2012"),
                        512,
                        List.of("A longer loan term carries more risk"),
                        "german-credit-1",
                        NOW))
                .expectState(app -> assertThat(app.status()).isEqualTo(ApplicationStatus.SCORED));
    }

    @Test
    void a_decline_declines_the_application_with_its_reasons() {
        fixture.given(submitted("app-6", "b", 5_000_00, "GBP", 36, LoanPurpose.CAR), confirmed("app-6"))
                .when(new RecordCreditDecision(
                        "app-6",
                        "DECLINE",
                        new BigDecimal("0.7"),
                        450,
                        List.of("Too little income left"),
                        "german-credit-1"))
                .expectEvents(new LoanApplicationDeclined(
                        "app-6", List.of("Too little income left"), "german-credit-1", NOW));
    }

    @Test
    void a_verified_borrower_confirms_the_application_once() {
        fixture.given(submitted("app-8", "b", 5_000_00, "GBP", 36, LoanPurpose.CAR))
                .when(new ConfirmBorrowerIdentity("app-8"))
                .expectEvents(confirmed("app-8"))
                .expectState(app -> assertThat(app.status()).isEqualTo(ApplicationStatus.IDENTITY_CONFIRMED));
        fixture.given(submitted("app-8", "b", 5_000_00, "GBP", 36, LoanPurpose.CAR), confirmed("app-8"))
                .when(new ConfirmBorrowerIdentity("app-8"))
                .expectNoEvents();
    }

    @Test
    void an_application_waiting_for_kyc_is_never_scored() {
        fixture.given(submitted("app-9", "b", 5_000_00, "GBP", 36, LoanPurpose.CAR))
                .when(new RecordCreditDecision("app-9", "A", new BigDecimal("0.05"), 700, List.of(), "m"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectState(app -> assertThat(app.status()).isEqualTo(ApplicationStatus.SUBMITTED));
    }

    @Test
    void a_scored_application_is_quoted_and_a_newer_quote_replaces_it() {
        LoanQuoted quoted = new LoanQuoted(
                "app-10",
                "market:B:36",
                new BigDecimal("6.20"),
                new BigDecimal("8.9"),
                100_00,
                152_67,
                5_496_12,
                LocalDate.of(2027, 1, 1),
                NOW.plusSeconds(604_800),
                NOW);
        fixture.given(
                        submitted("app-10", "b", 5_000_00, "GBP", 36, LoanPurpose.CAR),
                        confirmed("app-10"),
                        new LoanApplicationScored("app-10", "B", new BigDecimal("0.2"), 512, List.of(), "m", NOW))
                .when(new RecordQuote(
                        "app-10",
                        true,
                        null,
                        "market:B:36",
                        new BigDecimal("6.20"),
                        new BigDecimal("8.9"),
                        100_00,
                        152_67,
                        5_496_12,
                        LocalDate.of(2027, 1, 1),
                        NOW.plusSeconds(604_800)))
                .expectEvents(quoted)
                .expectState(app -> assertThat(app.status()).isEqualTo(ApplicationStatus.QUOTED));
    }

    @Test
    void a_current_quote_is_accepted_once_and_an_expired_one_is_refused() {
        LoanQuoted quoted = new LoanQuoted(
                "app-13",
                "market:B:36",
                new BigDecimal("6.20"),
                new BigDecimal("8.9"),
                100_00,
                152_67,
                5_496_12,
                LocalDate.of(2027, 1, 1),
                NOW.plusSeconds(60),
                NOW);
        Object[] history = {
            submitted("app-13", "b", 5_000_00, "GBP", 36, LoanPurpose.CAR),
            confirmed("app-13"),
            new LoanApplicationScored("app-13", "B", new BigDecimal("0.2"), 512, List.of(), "m", NOW),
            quoted
        };
        QuoteAccepted accepted = new QuoteAccepted("app-13", "b", "market:B:36", 5_000_00, new BigDecimal("6.20"), NOW);
        fixture.given(history)
                .when(new AcceptQuote("app-13"))
                .expectEvents(accepted)
                .expectState(app -> assertThat(app.status()).isEqualTo(ApplicationStatus.ACCEPTED));
        Object[] acceptedHistory =
                Stream.concat(Arrays.stream(history), Stream.of(accepted)).toArray();
        fixture.given(acceptedHistory).when(new AcceptQuote("app-13")).expectNoEvents();
        LoanQuoted expired = new LoanQuoted(
                "app-13",
                "market:B:36",
                new BigDecimal("6.20"),
                new BigDecimal("8.9"),
                100_00,
                152_67,
                5_496_12,
                LocalDate.of(2027, 1, 1),
                NOW,
                NOW.minusSeconds(600));
        history[3] = expired;
        fixture.given(history)
                .when(new AcceptQuote("app-13"))
                .expectException(LoanApplicationRejected.class)
                .expectNoEvents();
    }

    @Test
    void a_quoted_application_may_be_withdrawn_but_an_accepted_one_may_not() {
        LoanQuoted quoted = new LoanQuoted(
                "app-15",
                "market:B:36",
                new BigDecimal("6.20"),
                new BigDecimal("8.9"),
                100_00,
                152_67,
                5_496_12,
                LocalDate.of(2027, 1, 1),
                NOW.plusSeconds(60),
                NOW);
        Object[] history = {
            submitted("app-15", "b", 5_000_00, "GBP", 36, LoanPurpose.CAR),
            confirmed("app-15"),
            new LoanApplicationScored("app-15", "B", new BigDecimal("0.2"), 512, List.of(), "m", NOW),
            quoted
        };
        fixture.given(history)
                .when(new WithdrawApplication("app-15", "b"))
                .expectEvents(new LoanApplicationWithdrawn("app-15", "b", NOW))
                .expectState(app -> assertThat(app.status()).isEqualTo(ApplicationStatus.WITHDRAWN));
        Object[] accepted = Stream.concat(
                        Arrays.stream(history),
                        Stream.of(
                                new QuoteAccepted("app-15", "b", "market:B:36", 5_000_00, new BigDecimal("6.20"), NOW)))
                .toArray();
        fixture.given(accepted)
                .when(new WithdrawApplication("app-15", "b"))
                .expectException(LoanApplicationRejected.class)
                .expectNoEvents();
    }

    @Test
    void a_scored_application_may_ask_for_less_but_not_more_nor_below_the_product_minimum() {
        Object[] scored = {
            submitted("app-17", "b", 5_000_00, "GBP", 36, LoanPurpose.CAR),
            confirmed("app-17"),
            new LoanApplicationScored("app-17", "B", new BigDecimal("0.2"), 512, List.of(), "m", NOW)
        };
        fixture.given(scored)
                .when(new ReduceLoanAmount("app-17", 3_000_00))
                .expectEvents(new LoanAmountReduced("app-17", 5_000_00, 3_000_00, NOW))
                .expectState(app -> assertThat(app.status()).isEqualTo(ApplicationStatus.SCORED));
        fixture.given(scored)
                .when(new ReduceLoanAmount("app-17", 6_000_00))
                .expectException(LoanApplicationRejected.class)
                .expectNoEvents();
        fixture.given(scored)
                .when(new ReduceLoanAmount("app-17", 10_00))
                .expectException(LoanApplicationRejected.class)
                .expectNoEvents();
    }

    @Test
    void a_quote_lapsed_more_than_thirty_days_ago_expires_the_application_and_a_recent_one_does_not() {
        LoanQuoted lapsed = new LoanQuoted(
                "app-16",
                "market:B:36",
                new BigDecimal("6.20"),
                new BigDecimal("8.9"),
                100_00,
                152_67,
                5_496_12,
                LocalDate.of(2026, 9, 1),
                NOW.minus(Duration.ofDays(31)),
                NOW.minus(Duration.ofDays(38)));
        Object[] history = {
            submitted("app-16", "b", 5_000_00, "GBP", 36, LoanPurpose.CAR),
            confirmed("app-16"),
            new LoanApplicationScored("app-16", "B", new BigDecimal("0.2"), 512, List.of(), "m", NOW),
            lapsed
        };
        fixture.given(history)
                .when(new ExpireApplication("app-16"))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.axonframework.test.matchers.Matchers.matches(
                                        e -> e instanceof LoanApplicationExpired x
                                                && x.reason().contains("within 30 days")),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
        history[3] = new LoanQuoted(
                "app-16",
                "market:B:36",
                new BigDecimal("6.20"),
                new BigDecimal("8.9"),
                100_00,
                152_67,
                5_496_12,
                LocalDate.of(2026, 9, 1),
                NOW.minus(Duration.ofDays(29)),
                NOW.minus(Duration.ofDays(36)));
        fixture.given(history).when(new ExpireApplication("app-16")).expectNoEvents();
    }

    @Test
    void an_accepted_loan_is_funded_or_goes_back_for_a_new_quote() {
        LoanQuoted quoted = new LoanQuoted(
                "app-14",
                "market:B:36",
                new BigDecimal("6.20"),
                new BigDecimal("8.9"),
                100_00,
                152_67,
                5_496_12,
                LocalDate.of(2027, 1, 1),
                NOW.plusSeconds(60),
                NOW);
        Object[] accepted = {
            submitted("app-14", "b", 5_000_00, "GBP", 36, LoanPurpose.CAR),
            confirmed("app-14"),
            new LoanApplicationScored("app-14", "B", new BigDecimal("0.2"), 512, List.of(), "m", NOW),
            quoted,
            new QuoteAccepted("app-14", "b", "market:B:36", 5_000_00, new BigDecimal("6.20"), NOW)
        };
        fixture.given(accepted)
                .when(new RecordFunding("app-14", true, null, new BigDecimal("6.10"), 10, List.of()))
                .expectEvents(
                        new LoanFunded("app-14", "market:B:36", 5_000_00, new BigDecimal("6.10"), 10, NOW, List.of()))
                .expectState(app -> assertThat(app.status()).isEqualTo(ApplicationStatus.FUNDED));
        fixture.given(accepted)
                .when(new RecordFunding("app-14", false, "rate rose", null, 0, List.of()))
                .expectEvents(new LoanNotFunded("app-14", "rate rose", NOW))
                .expectState(app -> assertThat(app.status()).isEqualTo(ApplicationStatus.SCORED));
    }

    @Test
    void a_thin_market_gives_no_quote_and_the_application_stays_scored() {
        fixture.given(
                        submitted("app-11", "b", 5_000_00, "GBP", 36, LoanPurpose.CAR),
                        confirmed("app-11"),
                        new LoanApplicationScored("app-11", "B", new BigDecimal("0.2"), 512, List.of(), "m", NOW))
                .when(new RecordQuote(
                        "app-11", false, "not enough money", "market:B:36", null, null, 0, 0, 0, null, null))
                .expectEvents(new LoanNotQuoted("app-11", "not enough money", NOW))
                .expectState(app -> assertThat(app.status()).isEqualTo(ApplicationStatus.SCORED));
    }

    @Test
    void an_application_waiting_for_kyc_cannot_ask_for_a_quote() {
        fixture.given(submitted("app-12", "b", 5_000_00, "GBP", 36, LoanPurpose.CAR))
                .when(new RequestQuote("app-12"))
                .expectException(LoanApplicationRejected.class)
                .expectNoEvents();
    }

    private static BorrowerIdentityConfirmed confirmed(String applicationId) {
        return new BorrowerIdentityConfirmed(applicationId, "b", NOW);
    }

    @Test
    void a_second_decision_for_the_same_application_changes_nothing() {
        fixture.given(
                        submitted("app-7", "b", 5_000_00, "GBP", 36, LoanPurpose.CAR),
                        confirmed("app-7"),
                        new LoanApplicationScored("app-7", "B", new BigDecimal("0.2"), 512, List.of(), "m", NOW))
                .when(new RecordCreditDecision("app-7", "DECLINE", new BigDecimal("0.7"), 450, List.of(), "m"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void another_currency_than_the_profile_is_rejected() {
        fixture.givenNoPriorActivity()
                .when(submit("app-4", "b", 5_000_00, "CNY", 12, LoanPurpose.CAR))
                .expectException(LoanApplicationRejected.class)
                .expectNoEvents();
    }
}
