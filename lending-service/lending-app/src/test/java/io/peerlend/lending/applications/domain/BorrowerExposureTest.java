package io.peerlend.lending.applications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.lending.api.commands.ConfirmPayout;
import io.peerlend.lending.api.commands.QueryBorrowing;
import io.peerlend.lending.api.commands.RecordBorrowing;
import io.peerlend.lending.api.commands.ReduceBorrowing;
import io.peerlend.lending.api.commands.ReleaseBorrowing;
import io.peerlend.lending.api.commands.ReserveBorrowing;
import io.peerlend.lending.api.events.BorrowerRestricted;
import io.peerlend.lending.api.events.BorrowerRestrictionLifted;
import io.peerlend.lending.api.events.BorrowingCapReached;
import io.peerlend.lending.api.events.BorrowingReduced;
import io.peerlend.lending.api.events.BorrowingReleased;
import io.peerlend.lending.api.events.BorrowingReserved;
import io.peerlend.lending.api.events.PayoutStopped;
import io.peerlend.lending.product.BorrowingCap;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The uk cap of 25,000.00 per borrower, held by the borrower's exposure. */
class BorrowerExposureTest {

    private static final Instant NOW = Instant.parse("2027-01-15T10:00:00Z");
    private static final String B = "borrower-1";
    private AggregateTestFixture<BorrowerExposure> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(BorrowerExposure.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(new BorrowingCap(25_000_00, "GBP"));
    }

    private static BorrowingReserved reserved(String loan, long amount, long after) {
        return new BorrowingReserved(B, loan, amount, after, NOW);
    }

    @Test
    void
            givenFourAcceptedLoansOf5000_whenAFifthAndASixthAreAccepted_thenTheFifthFitsAndTheSixthIsRefusedWithItsReason() {
        Object[] four = {
            reserved("a1", 5_000_00, 5_000_00),
            reserved("a2", 5_000_00, 10_000_00),
            reserved("a3", 5_000_00, 15_000_00),
            reserved("a4", 5_000_00, 20_000_00)
        };
        fixture.given(four)
                .when(new ReserveBorrowing(B, "a5", 5_000_00))
                .expectEvents(reserved("a5", 5_000_00, 25_000_00))
                .expectResultMessagePayload(new BorrowerExposure.Decision(true, null));
        fixture.given(four)
                .andGiven(reserved("a5", 5_000_00, 25_000_00))
                .when(new ReserveBorrowing(B, "a6", 5_000_00))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        Matchers.matches(e -> e instanceof BorrowingCapReached r
                                && r.stage() == BorrowingCapReached.Stage.ACCEPTANCE
                                && r.outstandingMinor() == 25_000_00
                                && r.requestedMinor() == 5_000_00),
                        Matchers.andNoMore())))
                .expectState(exposure -> assertThat(exposure.owed()).isEqualTo(25_000_00));
    }

    @Test
    void givenAReservation_whenReservedAgainOrItsLoanOpens_thenNothingChanges() {
        fixture.given(reserved("a1", 5_000_00, 5_000_00))
                .when(new ReserveBorrowing(B, "a1", 5_000_00))
                .expectNoEvents()
                .expectResultMessagePayload(new BorrowerExposure.Decision(true, null));
        fixture.given(reserved("a1", 5_000_00, 5_000_00))
                .when(new RecordBorrowing(B, "a1", 5_000_00))
                .expectNoEvents();
    }

    @Test
    void givenALoanFromBeforeReservations_whenItsOpeningIsSeen_thenItCounts() {
        fixture.givenNoPriorActivity()
                .when(new RecordBorrowing(B, "old", 7_000_00))
                .expectEvents(reserved("old", 7_000_00, 7_000_00));
    }

    @Test
    void givenALoan_whenPrincipalIsRepaidOnceAndTheLoanEnds_thenItStopsCountingAndALateOpeningChangesNothing() {
        fixture.given(reserved("a1", 5_000_00, 5_000_00))
                .when(new ReduceBorrowing(B, "a1", 1, 400_00))
                .expectEvents(new BorrowingReduced(B, "a1", 1, 400_00, NOW))
                .expectState(exposure -> assertThat(exposure.owed()).isEqualTo(4_600_00));
        fixture.given(reserved("a1", 5_000_00, 5_000_00), new BorrowingReduced(B, "a1", 1, 400_00, NOW))
                .when(new ReduceBorrowing(B, "a1", 1, 400_00))
                .expectNoEvents();
        fixture.given(reserved("a1", 5_000_00, 5_000_00), new BorrowingReduced(B, "a1", 1, 400_00, NOW))
                .when(new ReleaseBorrowing(B, "a1", "repaid"))
                .expectEvents(new BorrowingReleased(B, "a1", 4_600_00, "repaid", NOW));
        fixture.given(reserved("a1", 5_000_00, 5_000_00), new BorrowingReleased(B, "a1", 5_000_00, "repaid", NOW))
                .when(new RecordBorrowing(B, "a1", 5_000_00))
                .expectNoEvents()
                .expectState(exposure -> assertThat(exposure.owed()).isZero());
    }

    @Test
    void givenAFundingThatFailed_whenTheSameApplicationIsAcceptedAgain_thenItIsReservedAgain() {
        fixture.given(reserved("a1", 5_000_00, 5_000_00), new BorrowingReleased(B, "a1", 5_000_00, "not funded", NOW))
                .when(new ReserveBorrowing(B, "a1", 5_000_00))
                .expectEvents(reserved("a1", 5_000_00, 5_000_00));
        fixture.given(reserved("a1", 5_000_00, 5_000_00))
                .when(new QueryBorrowing(B))
                .expectResultMessagePayload(5_000_00L)
                .expectNoEvents();
    }

    @Test
    void
            givenABorrowerBlockedAfterTheirQuote_whenTheLoanIsFundedOrPaidOut_thenBothAreRefusedAndThePayoutStopIsRecorded() {
        var blocked =
                new BorrowerRestricted(B, true, "blocked: a sanctions list match, assets frozen until cleared", NOW);
        fixture.given(blocked)
                .when(new ReserveBorrowing(B, "a1", 1_000_00))
                .expectNoEvents()
                .expectResultMessagePayload(new BorrowerExposure.Decision(
                        false,
                        "you may not borrow at the moment "
                                + "(blocked: a sanctions list match, assets frozen until cleared)"));
        String stopped = "payout stopped: the borrower may not borrow at the moment (blocked: a sanctions list match, "
                + "assets frozen until cleared)";
        fixture.given(reserved("a1", 1_000_00, 1_000_00), blocked)
                .when(new ConfirmPayout(B, "a1"))
                .expectEvents(new PayoutStopped(B, "a1", stopped, NOW))
                .expectResultMessagePayload(new BorrowerExposure.Decision(false, stopped));
        fixture.given(reserved("a1", 1_000_00, 1_000_00))
                .when(new ConfirmPayout(B, "a1"))
                .expectNoEvents()
                .expectResultMessagePayload(new BorrowerExposure.Decision(true, null));
        fixture.given(blocked, new BorrowerRestrictionLifted(B, "verified", NOW))
                .when(new ReserveBorrowing(B, "a1", 1_000_00))
                .expectEvents(reserved("a1", 1_000_00, 1_000_00));
    }
}
