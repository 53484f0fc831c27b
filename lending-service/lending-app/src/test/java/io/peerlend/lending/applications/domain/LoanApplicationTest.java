package io.peerlend.lending.applications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.lending.api.LoanApplicationSubmitted;
import io.peerlend.lending.api.LoanPurpose;
import io.peerlend.lending.api.SubmitLoanApplication;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoanApplicationTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:15:30Z");
    private FixtureConfiguration<LoanApplication> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(LoanApplication.class);
        fixture.registerInjectableResource(new LoanProductPolicy("GBP", 1_000_00, 25_000_00));
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void a_valid_application_is_submitted() {
        fixture.givenNoPriorActivity()
                .when(new SubmitLoanApplication("app-1", "borrower-1", 5_000_00, "GBP", 36, LoanPurpose.CAR))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new LoanApplicationSubmitted("app-1", "borrower-1", 5_000_00, "GBP", 36,
                        LoanPurpose.CAR, NOW))
                .expectState(app -> {
                    assertThat(app.borrowerId()).isEqualTo("borrower-1");
                    assertThat(app.status()).isEqualTo(ApplicationStatus.SUBMITTED);
                });
    }

    @Test
    void the_product_limits_are_inclusive() {
        fixture.givenNoPriorActivity()
                .when(new SubmitLoanApplication("app-2", "b", 25_000_00, "GBP", 60, LoanPurpose.OTHER))
                .expectEvents(new LoanApplicationSubmitted("app-2", "b", 25_000_00, "GBP", 60, LoanPurpose.OTHER, NOW));
    }

    @Test
    void an_amount_outside_the_limits_and_a_term_no_market_offers_are_both_rejected_and_nothing_is_stored() {
        fixture.givenNoPriorActivity()
                .when(new SubmitLoanApplication("app-3", "b", 999_99, "GBP", 18, LoanPurpose.CAR))
                .expectException(LoanApplicationRejected.class)
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("amount"),
                        org.hamcrest.Matchers.containsString("termMonths")));
    }

    @Test
    void another_currency_than_the_profile_is_rejected() {
        fixture.givenNoPriorActivity()
                .when(new SubmitLoanApplication("app-4", "b", 5_000_00, "CNY", 12, LoanPurpose.CAR))
                .expectException(LoanApplicationRejected.class)
                .expectNoEvents();
    }
}
