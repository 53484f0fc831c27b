package io.peerlend.lending.loans.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;

import io.peerlend.lending.api.InstalmentPayment;
import io.peerlend.lending.api.LoanPartShare;
import io.peerlend.lending.api.PartInstalmentPayment;
import io.peerlend.lending.api.PartPayment;
import io.peerlend.lending.api.PartSchedule;
import io.peerlend.lending.api.ScheduledInstalment;
import io.peerlend.lending.api.commands.ApproveRecovery;
import io.peerlend.lending.api.commands.CloseLoanDay;
import io.peerlend.lending.api.commands.OpenLoan;
import io.peerlend.lending.api.commands.ProposeRecovery;
import io.peerlend.lending.api.commands.QuoteRepayment;
import io.peerlend.lending.api.commands.RecordDefaultCover;
import io.peerlend.lending.api.commands.RequestRecovery;
import io.peerlend.lending.api.commands.RequestRepayment;
import io.peerlend.lending.api.commands.SettleLoanPayment;
import io.peerlend.lending.api.commands.WithdrawFromLoan;
import io.peerlend.lending.api.events.CollectionFailed;
import io.peerlend.lending.api.events.CollectionRequested;
import io.peerlend.lending.api.events.DefaultCovered;
import io.peerlend.lending.api.events.LateFeeCharged;
import io.peerlend.lending.api.events.LoanArrearsChanged;
import io.peerlend.lending.api.events.LoanCancelled;
import io.peerlend.lending.api.events.LoanDefaulted;
import io.peerlend.lending.api.events.LoanDisbursed;
import io.peerlend.lending.api.events.LoanFeesEarned;
import io.peerlend.lending.api.events.LoanOpened;
import io.peerlend.lending.api.events.LoanRepaid;
import io.peerlend.lending.api.events.LoanRepaymentReceived;
import io.peerlend.lending.api.events.LoanWithdrawn;
import io.peerlend.lending.api.events.RecoveryApproved;
import io.peerlend.lending.api.events.RecoveryProposed;
import io.peerlend.lending.product.RuleBroken;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.CustomTypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A loan of 1,000.00 at 12% over 12 months, funded 600.00 by lender A and 400.00 by lender B, paid out on 15 January
 * 2027 (instalments of 88.85 from 15 February). Servicing fee 10% of interest; late fee 12.00 after 14 days.
 */
class LoanTest {

    private static final Instant NOW = Instant.parse("2027-01-15T10:00:00Z");
    private static final LocalDate PAID_OUT = LocalDate.parse("2027-01-15");
    private static final LocalDate FIRST_DUE = LocalDate.parse("2027-02-15");
    private static final OpenLoan OPEN = new OpenLoan(
            "L1",
            "borrower-1",
            "market:B:12",
            "B",
            new BigDecimal("0.04"),
            12,
            1_000_00,
            "GBP",
            new BigDecimal("12.00"),
            20_00,
            List.of(
                    new LoanPartShare("lender-a", "offer-a", 600_00),
                    new LoanPartShare("lender-b", "offer-b", 400_00)));
    private static final SettleLoanPayment PAID = new SettleLoanPayment("L1", "payout:L1", true, null);

    private final AtomicReference<LocalDate> today = new AtomicReference<>(PAID_OUT);
    private AggregateTestFixture<Loan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Loan.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(ServicingPolicy.UK);
        fixture.registerInjectableResource((BusinessDay) today::get);
    }

    private static String collect(LocalDate date) {
        return "collect:L1:" + date;
    }

    @Test
    void givenAFundedLoan_whenOpened_thenThePayoutIsInstructedAndTheFeeSplitKeepsTheFundsShare() {
        fixture.givenNoPriorActivity()
                .when(OPEN)
                .expectEvents(new LoanOpened(
                        "L1",
                        "borrower-1",
                        "market:B:12",
                        "B",
                        new BigDecimal("0.04"),
                        12,
                        1_000_00,
                        "GBP",
                        new BigDecimal("12.00"),
                        20_00,
                        10_00,
                        OPEN.parts(),
                        "payout:L1",
                        NOW))
                .expectState(loan -> assertThat(loan.status()).isEqualTo(Loan.Status.AWAITING_DISBURSEMENT));
    }

    @Test
    void givenPartsThatDoNotSumToThePrincipal_whenOpened_thenRefused() {
        fixture.givenNoPriorActivity()
                .when(new OpenLoan(
                        "L1",
                        "b",
                        "market:B:12",
                        "B",
                        BigDecimal.ZERO,
                        12,
                        1_000_00,
                        "GBP",
                        BigDecimal.TEN,
                        0,
                        List.of(new LoanPartShare("lender-a", "o", 999_99))))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void givenAnOpenedLoan_whenThePayoutSettles_thenTheScheduleRunsFromTheBusinessDate() {
        fixture.givenCommands(OPEN)
                .when(PAID)
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(e -> e instanceof LoanDisbursed d
                                && d.disbursedOn().equals(PAID_OUT)
                                && d.netAmountMinor() == 980_00
                                && d.schedule().size() == 12
                                && d.schedule().get(0).dueDate().equals(FIRST_DUE)
                                && d.schedule().get(0).interestMinor() == 10_00
                                && d.schedule().stream()
                                                .mapToLong(ScheduledInstalment::principalMinor)
                                                .sum()
                                        == 1_000_00),
                        andNoMore())))
                .expectState(loan -> assertThat(loan.status()).isEqualTo(Loan.Status.ACTIVE));
    }

    @Test
    void givenAnOpenedLoan_whenThePayoutFails_thenCancelledAndEveryLenderRefunded() {
        fixture.givenCommands(OPEN)
                .when(new SettleLoanPayment("L1", "payout:L1", false, "account closed"))
                .expectEvents(new LoanCancelled(
                        "L1",
                        "account closed",
                        1_000_00,
                        20_00,
                        980_00,
                        "GBP",
                        1,
                        List.of(new PartPayment("lender-a", 600_00, 0), new PartPayment("lender-b", 400_00, 0)),
                        NOW));
    }

    @Test
    void givenTheFirstDueDate_whenClosingTheDay_thenTheFeeIsEarnedAndTheInstalmentCollectedOnce() {
        fixture.givenCommands(OPEN, PAID)
                .when(new CloseLoanDay("L1", FIRST_DUE))
                .expectEvents(
                        new LoanFeesEarned("L1", 10_00, 10_00, "GBP", FIRST_DUE, NOW),
                        new CollectionRequested(
                                "L1", "borrower-1", collect(FIRST_DUE), "SCHEDULED", 88_85, "GBP", FIRST_DUE, NOW));
        fixture.givenCommands(OPEN, PAID, new CloseLoanDay("L1", FIRST_DUE))
                .when(new CloseLoanDay("L1", FIRST_DUE))
                .expectNoEvents();
    }

    @Test
    void givenACollection_whenItSettles_thenInterestThenPrincipalSharedProRataLessTheServicingFee() {
        fixture.givenCommands(OPEN, PAID, new CloseLoanDay("L1", FIRST_DUE))
                .when(new SettleLoanPayment("L1", collect(FIRST_DUE), true, null))
                .expectEvents(new LoanRepaymentReceived(
                        "L1",
                        collect(FIRST_DUE),
                        1,
                        "SCHEDULED",
                        88_85,
                        "GBP",
                        0,
                        10_00,
                        78_85,
                        0,
                        1_00,
                        0,
                        List.of(new InstalmentPayment(1, 0, 10_00, 78_85)),
                        List.of(new PartPayment("lender-a", 47_31, 5_40), new PartPayment("lender-b", 31_54, 3_60)),
                        null,
                        FIRST_DUE,
                        NOW,
                        List.of(
                                new PartInstalmentPayment(0, 1, 6_00, 47_31),
                                new PartInstalmentPayment(1, 1, 4_00, 31_54)),
                        null))
                .expectState(loan -> {
                    assertThat(loan.outstandingPrincipal()).isEqualTo(1_000_00 - 78_85);
                    assertThat(loan.partOutstanding()).containsExactly(600_00 - 47_31, 400_00 - 31_54);
                });
    }

    @Test
    void givenASettledCollection_whenTheWebhookComesAgain_thenNothingMoves() {
        fixture.givenCommands(
                        OPEN,
                        PAID,
                        new CloseLoanDay("L1", FIRST_DUE),
                        new SettleLoanPayment("L1", collect(FIRST_DUE), true, null))
                .when(new SettleLoanPayment("L1", collect(FIRST_DUE), true, null))
                .expectNoEvents();
    }

    @Test
    void givenADeclinedCollection_whenDaysPass_thenArrearsThenALateFeeThenARetry() {
        var declined = new SettleLoanPayment("L1", collect(FIRST_DUE), false, "insufficient funds");
        fixture.givenCommands(OPEN, PAID, new CloseLoanDay("L1", FIRST_DUE))
                .when(declined)
                .expectEvents(new CollectionFailed("L1", collect(FIRST_DUE), "insufficient funds", NOW));
        fixture.givenCommands(OPEN, PAID, new CloseLoanDay("L1", FIRST_DUE), declined)
                .when(new CloseLoanDay("L1", FIRST_DUE.plusDays(1)))
                .expectEvents(new LoanArrearsChanged("L1", "1-30", 1, 88_85, 1, FIRST_DUE.plusDays(1), NOW));
        LocalDate fortnight = FIRST_DUE.plusDays(14);
        fixture.givenCommands(
                        OPEN,
                        PAID,
                        new CloseLoanDay("L1", FIRST_DUE),
                        declined,
                        new CloseLoanDay("L1", FIRST_DUE.plusDays(1)))
                .when(new CloseLoanDay("L1", fortnight))
                .expectEvents(
                        new LateFeeCharged("L1", 1, 12_00, fortnight, NOW),
                        new CollectionRequested(
                                "L1", "borrower-1", collect(fortnight), "SCHEDULED", 100_85, "GBP", fortnight, NOW));
    }

    @Test
    void givenALateInstalmentWithAFee_whenTheRetrySettles_thenTheFeeIsPaidFirstAndTheLoanIsCurrentAgain() {
        LocalDate fortnight = FIRST_DUE.plusDays(14);
        fixture.givenCommands(
                        OPEN,
                        PAID,
                        new CloseLoanDay("L1", FIRST_DUE),
                        new SettleLoanPayment("L1", collect(FIRST_DUE), false, "insufficient funds"),
                        new CloseLoanDay("L1", FIRST_DUE.plusDays(1)),
                        new CloseLoanDay("L1", fortnight))
                .when(new SettleLoanPayment("L1", collect(fortnight), true, null))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(e -> e instanceof LoanRepaymentReceived r
                                && r.feesMinor() == 12_00
                                && r.interestMinor() == 10_00
                                && r.principalMinor() == 78_85
                                && r.servicingFeeMinor() == 1_00),
                        matches(e ->
                                e instanceof LoanArrearsChanged a && a.bucket().equals("CURRENT")),
                        andNoMore())));
    }

    @Test
    void givenFourMissedInstalments_whenClosingTheDay_thenTheLoanDefaultsWithItsReason() {
        LocalDate later = LocalDate.parse("2027-05-16");
        fixture.givenCommands(
                        OPEN,
                        PAID,
                        new CloseLoanDay("L1", FIRST_DUE),
                        new SettleLoanPayment("L1", collect(FIRST_DUE), false, "insufficient funds"))
                .when(new CloseLoanDay("L1", later))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(e -> e instanceof LateFeeCharged),
                        matches(e -> e instanceof LateFeeCharged),
                        matches(e -> e instanceof LateFeeCharged),
                        matches(e -> e instanceof LoanArrearsChanged a
                                && a.bucket().equals("61-90")
                                && a.missedInstalments() == 4),
                        matches(e -> e instanceof LoanDefaulted d
                                && d.reason().equals("4 instalments missed")
                                && d.outstandingPrincipalMinor() == 1_000_00
                                && d.feesDueMinor() == 36_00
                                && d.interestDueMinor() == 35_24),
                        andNoMore())))
                .expectState(loan -> assertThat(loan.status()).isEqualTo(Loan.Status.DEFAULTED));
    }

    @Test
    void givenARetryTheBankHasNotAnswered_whenTheLoanPasses90DaysPastDue_thenItDefaultsAndTheLateMoneyIsARecovery() {
        LocalDate retry = FIRST_DUE.plusDays(7);
        LocalDate ninetyOne = FIRST_DUE.plusDays(91);
        Object[] waiting = {
            OPEN,
            PAID,
            new CloseLoanDay("L1", FIRST_DUE),
            new SettleLoanPayment("L1", collect(FIRST_DUE), false, "insufficient funds"),
            new CloseLoanDay("L1", retry)
        };
        // a collection still waiting for the bank is not money: the loan ages and defaults all the same
        fixture.givenCommands(waiting)
                .when(new CloseLoanDay("L1", ninetyOne))
                .expectEventsMatching(payloadsMatching(Matchers.listWithAnyOf(matches(
                        e -> e instanceof LoanDefaulted d && d.defaultedOn().equals(ninetyOne)))))
                .expectState(loan -> assertThat(loan.status()).isEqualTo(Loan.Status.DEFAULTED));
        // and when the bank pays the retried collection after all, it is applied as money recovered
        fixture.givenCommands(waiting)
                .andGivenCommands(new CloseLoanDay("L1", ninetyOne))
                .when(new SettleLoanPayment("L1", collect(retry), true, null))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(e -> e instanceof LoanRepaymentReceived r
                                && r.kind().equals("RECOVERY")
                                && r.amountMinor() == 88_85
                                && r.principalMinor() + r.interestMinor() + r.toProvisionFundMinor() == 88_85),
                        andNoMore())));
    }

    @Test
    void givenADefault_whenTheFundCoversAndMoneyIsRecovered_thenLendersFirstThenTheFund() {
        LocalDate later = LocalDate.parse("2027-05-16");
        Object[] defaulted = {
            OPEN,
            PAID,
            new CloseLoanDay("L1", FIRST_DUE),
            new SettleLoanPayment("L1", collect(FIRST_DUE), false, "insufficient funds"),
            new CloseLoanDay("L1", later)
        };
        fixture.givenCommands(defaulted)
                .when(new RecordDefaultCover("L1", 500_00))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(e -> e instanceof DefaultCovered c
                                && c.interestMinor() + c.principalMinor() == 500_00
                                && c.distributions().stream()
                                                .mapToLong(p -> p.principalMinor() + p.interestMinor())
                                                .sum()
                                        == 500_00),
                        andNoMore())));
        Object[] covered = {
            OPEN,
            PAID,
            new CloseLoanDay("L1", FIRST_DUE),
            new SettleLoanPayment("L1", collect(FIRST_DUE), false, "insufficient funds"),
            new CloseLoanDay("L1", later),
            new RecordDefaultCover("L1", 500_00)
        };
        // through the payment port: collected first, applied when the provider confirms it
        fixture.givenCommands(covered)
                .when(new RequestRecovery("L1", "rec-1", 700_00, later, "officer"))
                .expectEvents(
                        new CollectionRequested("L1", "borrower-1", "rec-1", "RECOVERY", 700_00, "GBP", later, NOW));
        fixture.givenCommands(covered)
                .andGivenCommands(new RequestRecovery("L1", "rec-1", 700_00, later, "officer"))
                .when(new SettleLoanPayment("L1", "rec-1", true, null))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(e -> e instanceof LoanRepaymentReceived r
                                && r.kind().equals("RECOVERY")
                                && r.toProvisionFundMinor() + r.principalMinor() == 700_00
                                && r.principalMinor()
                                        == r.distributions().stream()
                                                .mapToLong(PartPayment::principalMinor)
                                                .sum()),
                        andNoMore())))
                .expectState(loan -> assertThat(loan.partOutstanding()).containsOnly(0L));
        fixture.givenCommands(covered)
                .when(new RequestRecovery("L1", "rec-1", 2_000_00, later, "officer"))
                .expectException(LoanRuleBroken.class)
                .expectNoEvents();
        fixture.givenCommands(covered)
                .andGivenCommands(new RequestRecovery("L1", "rec-1", 700_00, later, "officer"))
                .when(new RequestRecovery("L1", "rec-1", 70_00, later, "officer"))
                .expectException(LoanRuleBroken.class)
                .expectNoEvents();
    }

    @Test
    void givenADefault_whenAnOfficerProposesARecoveryReceivedOutsideThePaymentPort_thenOnlyAnotherPersonCanApproveIt() {
        LocalDate later = LocalDate.parse("2027-05-16");
        Object[] covered = {
            OPEN,
            PAID,
            new CloseLoanDay("L1", FIRST_DUE),
            new SettleLoanPayment("L1", collect(FIRST_DUE), false, "insufficient funds"),
            new CloseLoanDay("L1", later),
            new RecordDefaultCover("L1", 500_00)
        };
        var proposal = new ProposeRecovery("L1", "rec-9", 300_00, later, "officer-1", "court payment CP-2027-118");
        fixture.givenCommands(covered)
                .when(proposal)
                .expectEvents(new RecoveryProposed(
                        "L1", "rec-9", 300_00, later, "officer-1", "court payment CP-2027-118", NOW));
        fixture.givenCommands(covered)
                .when(new ProposeRecovery("L1", "rec-9", 300_00, later, "officer-1", " "))
                .expectException(LoanRuleBroken.class)
                .expectNoEvents();
        // the proposer alone cannot make it count
        fixture.givenCommands(covered)
                .andGivenCommands(proposal)
                .when(new ApproveRecovery("L1", "rec-9", "officer-1"))
                .expectException(LoanRuleBroken.class)
                .expectExceptionMessage("a recovery must be approved by someone other than the officer who proposed it")
                .expectNoEvents();
        fixture.givenCommands(covered)
                .andGivenCommands(proposal)
                .when(new ApproveRecovery("L1", "rec-9", "supervisor-1"))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(e -> e.equals(new RecoveryApproved("L1", "rec-9", "supervisor-1", NOW))),
                        matches(e -> e instanceof LoanRepaymentReceived r
                                && r.kind().equals("RECOVERY")
                                && r.amountMinor() == 300_00),
                        andNoMore())));
        fixture.givenCommands(covered)
                .andGivenCommands(proposal, new ApproveRecovery("L1", "rec-9", "supervisor-1"))
                .when(new ApproveRecovery("L1", "rec-9", "supervisor-2"))
                .expectNoEvents();
        fixture.givenCommands(covered)
                .when(new ApproveRecovery("L1", "rec-x", "supervisor-1"))
                .expectException(LoanRuleBroken.class)
                .expectNoEvents();
    }

    @Test
    void givenAnEarlyPartRepayment_whenItSettles_thenInterestOnlyToTheDayAndTheRestOfTheScheduleReagreed() {
        LocalDate march1 = LocalDate.parse("2027-03-01");
        Object[] paidFirst = {
            OPEN, PAID, new CloseLoanDay("L1", FIRST_DUE), new SettleLoanPayment("L1", collect(FIRST_DUE), true, null)
        };
        fixture.givenCommands(paidFirst)
                .when(new RequestRepayment("L1", "rep-1", false, 200_00, march1))
                .expectEvents(new CollectionRequested("L1", "borrower-1", "rep-1", "PART", 200_00, "GBP", march1, NOW))
                .expectResultMessagePayload(new Loan.Collection("rep-1", "PART", 200_00, march1, "REQUESTED"));
        fixture.givenCommands(paidFirst)
                .andGivenCommands(new RequestRepayment("L1", "rep-1", false, 200_00, march1))
                .when(new SettleLoanPayment("L1", "rep-1", true, null))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(e -> e instanceof LoanRepaymentReceived r
                                // 921.15 × 12% × 14/365 = 4.24; the rest of the 200.00 repays principal
                                && r.accruedInterestMinor() == 4_24
                                && r.interestMinor() == 4_24
                                && r.principalMinor() == 195_76
                                && r.rescheduled().size() == 11
                                // the next instalment's interest runs only from the day of repayment: 725.39 × 12% ×
                                // 14/365
                                && r.rescheduled().get(0).interestMinor() == 3_34
                                && r.rescheduled().stream()
                                                .mapToLong(ScheduledInstalment::principalMinor)
                                                .sum()
                                        == 725_39),
                        andNoMore())))
                .expectState(loan -> assertThat(loan.outstandingPrincipal()).isEqualTo(725_39));
    }

    @Test
    void givenTenDaysSincePayout_whenTheBorrowerPaysOneCent_thenThePayoffFallsByExactlyOneCent() {
        LocalDate tenDays = PAID_OUT.plusDays(10);
        // 1,000.00 × 12% × 10/365 = 3.29 accrued; a cent pays a cent of it and the rest is still owed
        fixture.givenCommands(
                        OPEN,
                        PAID,
                        new RequestRepayment("L1", "rep-1", false, 1, tenDays),
                        new SettleLoanPayment("L1", "rep-1", true, null))
                .when(new QuoteRepayment("L1", tenDays))
                .expectResultMessagePayload(new Payoff(tenDays, 0, 0, 0, 3_28, 1_000_00));
    }

    @Test
    void givenACentPaidTheDayBeforeADueDate_whenTheInstalmentFallsDue_thenTheMonthsInterestIsStillCharged() {
        LocalDate dayBefore = FIRST_DUE.minusDays(1);
        Object[] centPaid = {OPEN, PAID, new RequestRepayment("L1", "rep-1", false, 1, dayBefore)};
        fixture.givenCommands(centPaid)
                .when(new SettleLoanPayment("L1", "rep-1", true, null))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(e -> e instanceof LoanRepaymentReceived r
                                && r.interestMinor() == 1
                                && r.principalMinor() == 0
                                && r.rescheduled() == null
                                && r.applied().equals(List.of(new InstalmentPayment(1, 0, 1, 0)))),
                        andNoMore())))
                .expectState(loan ->
                        assertThat(loan.agreedSchedule().get(0).interestMinor()).isEqualTo(10_00));
        // the instalment collected is the agreed 88.85 less the cent already paid towards its interest
        fixture.givenCommands(centPaid)
                .andGivenCommands(new SettleLoanPayment("L1", "rep-1", true, null))
                .when(new CloseLoanDay("L1", FIRST_DUE))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(e -> e instanceof LoanFeesEarned),
                        matches(e -> e instanceof CollectionRequested c && c.amountMinor() == 88_84),
                        andNoMore())));
    }

    @Test
    void givenInterestAlreadyPaidTowardsAnInstalment_whenPrincipalIsRepaidEarly_thenOnlyTheRestOfTheInterestIsDue() {
        LocalDate tenDays = PAID_OUT.plusDays(10);
        fixture.givenCommands(
                        OPEN,
                        PAID,
                        new RequestRepayment("L1", "rep-1", false, 1_00, tenDays),
                        new SettleLoanPayment("L1", "rep-1", true, null),
                        new RequestRepayment("L1", "rep-2", false, 100_00, tenDays))
                .when(new SettleLoanPayment("L1", "rep-2", true, null))
                // 3.29 accrued, 1.00 of it paid already: 2.29 interest and 97.71 principal
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(e -> e instanceof LoanRepaymentReceived r
                                && r.interestMinor() == 2_29
                                && r.accruedInterestMinor() == 2_29
                                && r.principalMinor() == 97_71
                                && r.rescheduled().size() == 12),
                        andNoMore())))
                .expectState(loan -> assertThat(loan.outstandingPrincipal()).isEqualTo(902_29));
    }

    @Test
    void givenASettledRepayment_whenTheSameRequestComesAgain_thenTheOriginalIsAnsweredAndNothingMoves() {
        LocalDate march1 = LocalDate.parse("2027-03-01");
        fixture.givenCommands(
                        OPEN,
                        PAID,
                        new RequestRepayment("L1", "rep-1", false, 200_00, march1),
                        new SettleLoanPayment("L1", "rep-1", true, null))
                .when(new RequestRepayment("L1", "rep-1", false, 200_00, march1.plusDays(3)))
                .expectNoEvents()
                .expectResultMessagePayload(new Loan.Collection("rep-1", "PART", 200_00, march1, "SETTLED"));
        fixture.givenCommands(
                        OPEN,
                        PAID,
                        new RequestRepayment("L1", "rep-1", false, 200_00, march1),
                        new SettleLoanPayment("L1", "rep-1", false, "insufficient funds"))
                .when(new RequestRepayment("L1", "rep-1", false, 200_00, march1))
                .expectNoEvents()
                .expectResultMessagePayload(new Loan.Collection("rep-1", "PART", 200_00, march1, "FAILED"));
    }

    @Test
    void givenAReference_whenReusedForADifferentAmountOrKind_thenRefusedNamingTheKey() {
        LocalDate march1 = LocalDate.parse("2027-03-01");
        fixture.givenCommands(OPEN, PAID, new RequestRepayment("L1", "rep-1", false, 200_00, march1))
                .when(new RequestRepayment("L1", "rep-1", false, 300_00, march1))
                .expectException(LoanRuleBroken.class)
                .expectException(new CustomTypeSafeMatcher<LoanRuleBroken>("a refusal naming the key") {
                    @Override
                    protected boolean matchesSafely(LoanRuleBroken e) {
                        return RuleBroken.IDEMPOTENCY_KEY.equals(e.field());
                    }
                })
                .expectNoEvents();
        fixture.givenCommands(OPEN, PAID, new RequestRepayment("L1", "rep-1", false, 200_00, march1))
                .when(new RequestRepayment("L1", "rep-1", true, 0, march1))
                .expectException(LoanRuleBroken.class)
                .expectNoEvents();
    }

    @Test
    void givenALoan_whenRepaidInFull_thenThePayoffIsInterestToTheDayAndTheLoanCloses() {
        LocalDate march1 = LocalDate.parse("2027-03-01");
        Object[] paidFirst = {
            OPEN, PAID, new CloseLoanDay("L1", FIRST_DUE), new SettleLoanPayment("L1", collect(FIRST_DUE), true, null)
        };
        fixture.givenCommands(paidFirst)
                .when(new QuoteRepayment("L1", march1))
                .expectResultMessagePayload(new Payoff(march1, 0, 0, 0, 4_24, 921_15))
                .expectNoEvents();
        fixture.givenCommands(paidFirst)
                .andGivenCommands(new RequestRepayment("L1", "rep-2", true, 0, march1))
                .when(new SettleLoanPayment("L1", "rep-2", true, null))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(e -> e instanceof LoanRepaymentReceived r
                                && r.kind().equals("FULL")
                                && r.amountMinor() == 925_39
                                && r.rescheduled().isEmpty()),
                        matches(e -> e instanceof LoanRepaid),
                        andNoMore())))
                .expectState(loan -> assertThat(loan.partOutstanding()).containsOnly(0L));
    }

    @Test
    void givenALoanRepaidInFullWithinTheCoolingOffPeriod_whenTheMoneyArrives_thenTheFeeIsEarnedAndTheLoanCloses() {
        LocalDate threeDays = PAID_OUT.plusDays(3);
        fixture.givenCommands(OPEN, PAID, new RequestRepayment("L1", "rep-1", true, 0, threeDays))
                .when(new SettleLoanPayment("L1", "rep-1", true, null))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(e ->
                                e instanceof LoanRepaymentReceived r && r.kind().equals("FULL")),
                        matches(e -> e.equals(new LoanFeesEarned("L1", 10_00, 10_00, "GBP", threeDays, NOW))),
                        matches(e -> e instanceof LoanRepaid),
                        andNoMore())))
                .expectState(loan -> assertThat(loan.status()).isEqualTo(Loan.Status.REPAID));
    }

    @Test
    void givenARepaymentLargerThanThePayoffOrOneInProgress_whenRequested_thenRefused() {
        LocalDate march1 = LocalDate.parse("2027-03-01");
        fixture.givenCommands(OPEN, PAID)
                .when(new RequestRepayment("L1", "rep-3", false, 2_000_00, march1))
                .expectException(LoanRuleBroken.class)
                .expectNoEvents();
        fixture.givenCommands(OPEN, PAID, new CloseLoanDay("L1", FIRST_DUE))
                .when(new RequestRepayment("L1", "rep-3", false, 50_00, FIRST_DUE))
                .expectException(LoanRuleBroken.class)
                .expectNoEvents();
    }

    @Test
    void givenTenDaysSincePayout_whenTheBorrowerWithdraws_thenTheyRepayWhatTheyGotPlusTenDaysInterest() {
        LocalDate tenDays = PAID_OUT.plusDays(10);
        // 1,000.00 − the 20.00 fee refunded + 1,000.00 × 12% × 10/365 = 3.29
        fixture.givenCommands(OPEN, PAID)
                .when(new WithdrawFromLoan("L1", "wdl-1", tenDays))
                .expectEvents(new CollectionRequested(
                        "L1", "borrower-1", "wdl-1", "COOLING_OFF", 983_29, "GBP", tenDays, NOW));
        fixture.givenCommands(OPEN, PAID, new WithdrawFromLoan("L1", "wdl-1", tenDays))
                .when(new SettleLoanPayment("L1", "wdl-1", true, null))
                .expectEvents(new LoanWithdrawn(
                        "L1",
                        "wdl-1",
                        1,
                        983_29,
                        "GBP",
                        1_000_00,
                        3_29,
                        32,
                        20_00,
                        List.of(new PartPayment("lender-a", 600_00, 1_78), new PartPayment("lender-b", 400_00, 1_19)),
                        tenDays,
                        NOW))
                .expectState(loan -> assertThat(loan.status()).isEqualTo(Loan.Status.WITHDRAWN));
    }

    @Test
    void givenTheCoolingOffPeriodOver_whenTheBorrowerWithdraws_thenRefusedAndTheFeeIsEarned() {
        LocalDate day15 = PAID_OUT.plusDays(15);
        fixture.givenCommands(OPEN, PAID)
                .when(new WithdrawFromLoan("L1", "wdl-1", day15))
                .expectException(LoanRuleBroken.class)
                .expectNoEvents();
        fixture.givenCommands(OPEN, PAID)
                .when(new CloseLoanDay("L1", day15))
                .expectEvents(new LoanFeesEarned("L1", 10_00, 10_00, "GBP", day15, NOW));
    }

    /** Lender A offered 10.00% for 600.00 and lender B 15.00% for 400.00: the borrower's rate is their average, 12%. */
    private static final OpenLoan OWN_RATES = new OpenLoan(
            "L1",
            "borrower-1",
            "market:B:12",
            "B",
            new BigDecimal("0.04"),
            12,
            1_000_00,
            "GBP",
            new BigDecimal("12.00"),
            20_00,
            List.of(
                    new LoanPartShare("lender-a", "offer-a", 600_00, 1000),
                    new LoanPartShare("lender-b", "offer-b", 400_00, 1500)));

    @Test
    void givenPartsAtTheirLendersOwnRates_whenPaidOut_thenEachAmortisesAtItsRateAndTheBorrowerPaysTheSum() {
        fixture.givenCommands(OWN_RATES)
                .when(PAID)
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(e -> e instanceof LoanDisbursed d
                                && d.partSchedules().size() == 2
                                && d.partSchedules().get(0).ratePercent().compareTo(new BigDecimal("10.00")) == 0
                                && d.partSchedules().get(1).ratePercent().compareTo(new BigDecimal("15.00")) == 0
                                // 600.00 at 10%: 5.00 interest in the first month; 400.00 at 15%: 5.00
                                && d.partSchedules().get(0).instalments().get(0).interestMinor() == 5_00
                                && d.partSchedules().get(1).instalments().get(0).interestMinor() == 5_00
                                && d.schedule().equals(sumOf(d.partSchedules()))
                                && d.partSchedules().get(0).instalments().stream()
                                                .mapToLong(ScheduledInstalment::principalMinor)
                                                .sum()
                                        == 600_00),
                        andNoMore())));
    }

    @Test
    void givenPartsAtTheirLendersOwnRates_whenEachInstalmentIsPaid_thenEachLenderGetsExactlyItsOwnInstalment() {
        var own = PartBook.agree(OWN_RATES.parts(), new BigDecimal("12.00"), 12, FIRST_DUE);
        List<Object> life = new ArrayList<>(List.of(OWN_RATES, PAID));
        for (int n = 0; n < 12; n++) {
            LocalDate due = FIRST_DUE.plusMonths(n);
            ScheduledInstalment a = own.get(0).instalments().get(n);
            ScheduledInstalment b = own.get(1).instalments().get(n);
            life.add(new CloseLoanDay("L1", due));
            // then this receipt pays lender A its 10% instalment and lender B its 15% one, each less the 10% fee
            fixture.givenCommands(life.toArray())
                    .when(new SettleLoanPayment("L1", collect(due), true, null))
                    .expectEventsMatching(payloadsMatching(Matchers.listWithAnyOf(matches(e ->
                            e instanceof LoanRepaymentReceived r
                                    && r.distributions()
                                            .equals(List.of(
                                                    new PartPayment(
                                                            "lender-a",
                                                            a.principalMinor(),
                                                            a.interestMinor() - a.interestMinor() / 10),
                                                    new PartPayment(
                                                            "lender-b",
                                                            b.principalMinor(),
                                                            b.interestMinor() - b.interestMinor() / 10)))))));
            life.add(new SettleLoanPayment("L1", collect(due), true, null));
        }
        fixture.givenCommands(life.toArray())
                .when(new QuoteRepayment("L1", FIRST_DUE.plusMonths(12)))
                .expectException(LoanRuleBroken.class); // repaid: nothing left to pay off
    }

    @Test
    void givenPartsAtTheirLendersOwnRates_whenTheBorrowerWithdrawsAfterTenDays_thenEachPartEarnsItsOwnRateForTheDays() {
        LocalDate tenDays = PAID_OUT.plusDays(10);
        // 600.00 × 10% × 10/365 = 1.64 and 400.00 × 15% × 10/365 = 1.64: 3.28 in all, each less its 10% fee
        fixture.givenCommands(OWN_RATES, PAID, new WithdrawFromLoan("L1", "wdl-1", tenDays))
                .when(new SettleLoanPayment("L1", "wdl-1", true, null))
                .expectEvents(new LoanWithdrawn(
                        "L1",
                        "wdl-1",
                        1,
                        983_28,
                        "GBP",
                        1_000_00,
                        3_28,
                        32,
                        20_00,
                        List.of(new PartPayment("lender-a", 600_00, 1_48), new PartPayment("lender-b", 400_00, 1_48)),
                        tenDays,
                        NOW));
    }

    private static List<ScheduledInstalment> sumOf(List<PartSchedule> parts) {
        return PartBook.sum(parts);
    }
}
