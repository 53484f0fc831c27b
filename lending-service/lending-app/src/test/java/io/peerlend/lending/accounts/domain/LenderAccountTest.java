package io.peerlend.lending.accounts.domain;

import io.peerlend.lending.api.InvestorCategory;
import io.peerlend.lending.api.PayerCheck;
import io.peerlend.lending.api.commands.AutoInvest;
import io.peerlend.lending.api.commands.CommitToOffer;
import io.peerlend.lending.api.commands.ConfirmLoanPartPayout;
import io.peerlend.lending.api.commands.LendFromOffer;
import io.peerlend.lending.api.commands.LiftLenderRestriction;
import io.peerlend.lending.api.commands.ListOpenOffers;
import io.peerlend.lending.api.commands.ReceiveFromLoan;
import io.peerlend.lending.api.commands.ReleaseOfferFunds;
import io.peerlend.lending.api.commands.RequestDeposit;
import io.peerlend.lending.api.commands.RequestWithdrawal;
import io.peerlend.lending.api.commands.SetAutoInvest;
import io.peerlend.lending.api.commands.SetInvestmentLimit;
import io.peerlend.lending.api.commands.SettlePayment;
import io.peerlend.lending.api.events.AutoInvestSet;
import io.peerlend.lending.api.events.DepositFailed;
import io.peerlend.lending.api.events.DepositRequested;
import io.peerlend.lending.api.events.FundsCommittedToOffer;
import io.peerlend.lending.api.events.InvestmentLimitSet;
import io.peerlend.lending.api.events.LenderFundsDeposited;
import io.peerlend.lending.api.events.LenderFundsLent;
import io.peerlend.lending.api.events.LenderFundsReceived;
import io.peerlend.lending.api.events.LenderFundsWithdrawn;
import io.peerlend.lending.api.events.LenderRestricted;
import io.peerlend.lending.api.events.LenderRestrictionLifted;
import io.peerlend.lending.api.events.LoanPartPayoutStopped;
import io.peerlend.lending.api.events.OfferFundsReleased;
import io.peerlend.lending.api.events.ReinvestmentWithheld;
import io.peerlend.lending.api.events.WithdrawalFailed;
import io.peerlend.lending.api.events.WithdrawalRequested;
import io.peerlend.lending.product.LoanPartPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LenderAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final String L = "lender-1";
    private static final DepositRequested REQUESTED = new DepositRequested(L, "dep-1", 500_00, "GBP", NOW);
    private static final LenderFundsDeposited SETTLED = new LenderFundsDeposited(L, "dep-1", 500_00, "GBP", NOW);

    private AggregateTestFixture<LenderAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(LenderAccount.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(LoanPartPolicy.DEFAULT);
    }

    @Test
    void givenAPendingDeposit_whenSettledFromAnAccountInAnotherName_thenTheDepositSaysSoAndIsCreditedAllTheSame() {
        fixture.given(REQUESTED)
                .when(new SettlePayment(L, "dep-1", true, null, PayerCheck.OTHER_NAME))
                .expectEvents(new LenderFundsDeposited(L, "dep-1", 500_00, "GBP", NOW, PayerCheck.OTHER_NAME));
    }

    @Test
    void givenANewLender_whenDepositing_thenRequestedButNothingAvailableUntilItSettles() {
        fixture.givenNoPriorActivity()
                .when(new RequestDeposit(L, "dep-1", 500_00, "GBP"))
                .expectEvents(REQUESTED)
                .expectState(a -> Assertions.assertThat(a.available()).isZero());
    }

    @Test
    void givenTheSameIdempotencyKeyAgain_whenDepositing_thenTheFirstAnswerAndNoSecondPayment() {
        fixture.given(REQUESTED)
                .when(new RequestDeposit(L, "dep-1", 500_00, "GBP"))
                .expectNoEvents()
                .expectResultMessagePayload(new LenderAccount.Payment(
                        "dep-1", LenderAccount.Kind.DEPOSIT, 500_00, "GBP", LenderAccount.Status.PENDING));
    }

    @Test
    void givenAKeyUsedForAnotherAmount_whenDepositing_thenRejected() {
        fixture.given(REQUESTED)
                .when(new RequestDeposit(L, "dep-1", 600_00, "GBP"))
                .expectException(AccountRuleBroken.class)
                .expectNoEvents();
    }

    @Test
    void givenATinyDeposit_whenRequested_thenRejected() {
        fixture.givenNoPriorActivity()
                .when(new RequestDeposit(L, "dep-2", 9_99, "GBP"))
                .expectException(AccountRuleBroken.class);
    }

    @Test
    void givenAPendingDeposit_whenTheProviderSettlesItTwice_thenCreditedOnce() {
        fixture.given(REQUESTED).when(new SettlePayment(L, "dep-1", true, null)).expectEvents(SETTLED);
        fixture.given(REQUESTED, SETTLED)
                .when(new SettlePayment(L, "dep-1", true, null))
                .expectNoEvents();
    }

    @Test
    void givenAPendingDeposit_whenTheProviderFailsIt_thenFailedWithTheReason() {
        fixture.given(REQUESTED)
                .when(new SettlePayment(L, "dep-1", false, "declined"))
                .expectEvents(new DepositFailed(L, "dep-1", 500_00, "GBP", "declined", NOW));
    }

    @Test
    void givenSettledMoney_whenWithdrawingMoreThanAvailable_thenRejected() {
        fixture.given(REQUESTED, SETTLED)
                .when(new RequestWithdrawal(L, "wdr-1", 500_01, "GBP"))
                .expectException(AccountRuleBroken.class)
                .expectNoEvents();
    }

    @Test
    void givenSettledMoney_whenWithdrawn_thenItLeavesTheAvailableBalanceAtOnceAndIsPaidOutLater() {
        WithdrawalRequested requested = new WithdrawalRequested(L, "wdr-1", 200_00, "GBP", NOW);
        fixture.given(REQUESTED, SETTLED)
                .when(new RequestWithdrawal(L, "wdr-1", 200_00, "GBP"))
                .expectEvents(requested)
                .expectState(a -> Assertions.assertThat(a.available()).isEqualTo(300_00));
        fixture.given(REQUESTED, SETTLED, requested)
                .when(new SettlePayment(L, "wdr-1", true, null))
                .expectEvents(new LenderFundsWithdrawn(L, "wdr-1", 200_00, "GBP", NOW));
    }

    @Test
    void givenSettledMoney_whenCommittedToAnOfferAndReleased_thenAvailableFallsAndRisesOnce() {
        FundsCommittedToOffer committed = new FundsCommittedToOffer(L, "off-1", "market:A:12", 300_00, 500, "GBP", NOW);
        fixture.given(REQUESTED, SETTLED)
                .when(new CommitToOffer(L, "off-1", "market:A:12", 300_00, 500, "GBP"))
                .expectEvents(committed)
                .expectState(a -> Assertions.assertThat(a.available()).isEqualTo(200_00));
        fixture.given(REQUESTED, SETTLED, committed)
                .when(new CommitToOffer(L, "off-1", "market:A:12", 300_00, 500, "GBP"))
                .expectNoEvents();
        // the same offer id (idempotency key) for another market, amount or rate is refused, not taken for the first
        for (CommitToOffer other : List.of(
                new CommitToOffer(L, "off-1", "market:B:12", 300_00, 500, "GBP"),
                new CommitToOffer(L, "off-1", "market:A:12", 200_00, 500, "GBP"),
                new CommitToOffer(L, "off-1", "market:A:12", 300_00, 450, "GBP"))) {
            fixture.given(REQUESTED, SETTLED, committed)
                    .when(other)
                    .expectException(AccountRuleBroken.class)
                    .expectExceptionMessage(Matchers.startsWith("this key placed an offer in market:A:12 for 30000"))
                    .expectNoEvents();
        }
        fixture.given(REQUESTED, SETTLED, committed)
                .when(new ReleaseOfferFunds(L, "off-1", 300_00, "cancelled"))
                .expectEvents(new OfferFundsReleased(L, "off-1", 300_00, "GBP", "cancelled", NOW));
        fixture.given(REQUESTED, SETTLED, committed, new OfferFundsReleased(L, "off-1", 300_00, "GBP", "x", NOW))
                .when(new ReleaseOfferFunds(L, "off-1", 300_00, "again"))
                .expectNoEvents();
    }

    @Test
    void givenMoneySetAsideForAnOffer_whenLentToALoan_thenItLeavesTheOfferOnce() {
        FundsCommittedToOffer committed = new FundsCommittedToOffer(L, "off-1", "market:A:12", 300_00, 500, "GBP", NOW);
        LenderFundsLent lent = new LenderFundsLent(L, "loan-1", 100_00, "GBP", NOW, "off-1");
        fixture.given(REQUESTED, SETTLED, committed)
                .when(new LendFromOffer(L, "off-1", "loan-1", 100_00))
                .expectEvents(lent);
        fixture.given(REQUESTED, SETTLED, committed, lent)
                .when(new LendFromOffer(L, "off-1", "loan-1", 100_00))
                .expectNoEvents();
        fixture.given(REQUESTED, SETTLED, committed)
                .when(new LendFromOffer(L, "off-1", "loan-2", 300_01))
                .expectException(AccountRuleBroken.class);
        // the part carries the rate this lender offered, for their statement
        fixture.given(REQUESTED, SETTLED, committed)
                .when(new LendFromOffer(L, "off-1", "loan-3", 100_00, 500))
                .expectEvents(new LenderFundsLent(L, "loan-3", 100_00, "GBP", NOW, "off-1", 500));
    }

    @Test
    void givenTooLittleAvailable_whenCommitting_thenRejected() {
        fixture.given(REQUESTED, SETTLED)
                .when(new CommitToOffer(L, "off-1", "market:A:12", 500_01, 500, "GBP"))
                .expectException(AccountRuleBroken.class)
                .expectNoEvents();
    }

    @Test
    void givenAFailedPayout_whenReported_thenTheMoneyIsAvailableAgain() {
        WithdrawalRequested requested = new WithdrawalRequested(L, "wdr-1", 200_00, "GBP", NOW);
        fixture.given(REQUESTED, SETTLED, requested)
                .when(new SettlePayment(L, "wdr-1", false, "account closed"))
                .expectEvents(new WithdrawalFailed(L, "wdr-1", 200_00, "GBP", "account closed", NOW))
                .expectState(a -> Assertions.assertThat(a.available()).isEqualTo(500_00));
    }

    @Test
    void givenALenderWithALoanPart_whenReceiptsArrive_thenEachIsCreditedOnceAndInOrder() {
        var receipt = new ReceiveFromLoan(L, "L1", 1, 47_31, 5_40, "SCHEDULED", "GBP");
        var received = new LenderFundsReceived(L, "L1", 1, 47_31, 5_40, "SCHEDULED", "GBP", NOW);
        fixture.given(REQUESTED, SETTLED)
                .when(receipt)
                .expectEvents(received)
                .expectState(a -> Assertions.assertThat(a.available()).isEqualTo(500_00 + 47_31 + 5_40));
        fixture.given(REQUESTED, SETTLED, received).when(receipt).expectNoEvents();
    }

    @Test
    void givenAnAutoInvestRule_whenMoneyArrives_thenItIsOfferedEvenlyInOffersSizedForThePerLoanLimit() {
        var rule = new AutoInvestSet(L, true, List.of("market:A:12", "market:B:24"), 400, 700, 1_00_00, false, NOW);
        // 500.00 available: 250.00 a market; 100.00 per loan at 1% parts means offers of at most 10,000.00, so one
        // each;
        // market A's lowest rate 3.50% is below the lender's 4.00% floor, market B is empty: the 7.00% ceiling
        fixture.given(REQUESTED, SETTLED, rule)
                .when(new AutoInvest(L, "deposit:dep-1", false, Map.of("market:A:12", 350), 10))
                .expectEvents(
                        new FundsCommittedToOffer(L, "auto:deposit:dep-1:0", "market:A:12", 250_00, 400, "GBP", NOW),
                        new FundsCommittedToOffer(L, "auto:deposit:dep-1:1", "market:B:24", 250_00, 700, "GBP", NOW))
                .expectResultMessagePayload(500_00L);
    }

    @Test
    void givenARuleWithoutAFloorOfItsOwn_whenMoneyArrives_thenEachMarketIsOfferedAtLeastAtItsGuidanceRate() {
        // given a rule with no minimum rate: each market's guidance rate is its floor; at most 12.00%
        var rule = new AutoInvestSet(
                L,
                true,
                List.of("market:A:12", "market:B:36", "market:E:12", "market:C:60"),
                0,
                1200,
                0,
                false,
                NOW,
                true);
        // market A's lowest offer (3.50%) is below its guidance (5.10%); B's (9.50%) above its guidance (9.17%);
        // E's guidance (55.18%) is above the rule's 12.00%: nothing there; C has no guidance known: nothing there
        Map<String, Integer> lowest = Map.of("market:A:12", 350, "market:B:36", 950, "market:E:12", 900);
        Map<String, Integer> guidance = Map.of("market:A:12", 510, "market:B:36", 917, "market:E:12", 5518);

        // then the 500.00 is shared between the two markets that can take it, at rates that price their risk
        fixture.given(REQUESTED, SETTLED, rule)
                .when(new AutoInvest(L, "deposit:dep-1", false, lowest, 10, guidance))
                .expectEvents(
                        new FundsCommittedToOffer(L, "auto:deposit:dep-1:0", "market:A:12", 250_00, 510, "GBP", NOW),
                        new FundsCommittedToOffer(L, "auto:deposit:dep-1:1", "market:B:36", 250_00, 950, "GBP", NOW))
                .expectResultMessagePayload(500_00L);
    }

    @Test
    void givenARuleAtGuidance_whenNoMarketsGuidanceIsKnown_thenTheMoneyStaysAvailable() {
        var rule = new AutoInvestSet(L, true, List.of("market:A:12"), 0, 1200, 0, false, NOW, true);
        fixture.given(REQUESTED, SETTLED, rule)
                .when(new AutoInvest(L, "deposit:dep-1", false, Map.of("market:A:12", 350), 10, Map.of()))
                .expectNoEvents()
                .expectResultMessagePayload(0L);
    }

    @Test
    void givenARuleAtGuidance_whenSet_thenItsOwnMinimumIsNotComparedWithItsMaximum() {
        fixture.given(REQUESTED)
                .when(new SetAutoInvest(L, true, List.of("market:A:12"), 0, 900, 0, false, true))
                .expectEvents(new AutoInvestSet(L, true, List.of("market:A:12"), 0, 900, 0, false, NOW, true));
    }

    @Test
    void givenARuleThatDoesNotReinvest_whenARepaymentArrives_thenNothingIsOffered() {
        var rule = new AutoInvestSet(L, true, List.of("market:A:12"), 400, 700, 0, false, NOW);
        fixture.given(REQUESTED, SETTLED, rule)
                .when(new AutoInvest(L, "receipt:L1:1", true, Map.of(), 10))
                .expectNoEvents()
                .expectResultMessagePayload(0L);
    }

    @Test
    void givenASmallPerLoanLimit_whenPlanned_thenTheMoneyIsSplitIntoSeveralOffers() {
        var rule = new AutoInvestSet(L, true, List.of("market:A:12"), 400, 700, 20_00, true, NOW);
        // at most 20.00 per loan with 1% parts: offers of at most 2,000.00; 4,500.00 → 2,000 + 2,000 + 500
        Assertions.assertThat(AutoInvestPlan.plan(rule, 4_500_00, Map.of(), 10, 10_00, Map.of()))
                .extracting(AutoInvestPlan.PlannedOffer::amountMinor)
                .containsExactly(2_000_00L, 2_000_00L, 500_00L);
    }

    @Test
    void
            givenARestrictedInvestorWith400Of500Committed_whenOffering200_thenRefusedAndAnythingUnusedOrOlderThanAYearIsNotCounted() {
        var limit = new InvestmentLimitSet(L, InvestorCategory.RESTRICTED, 500_00, NOW);
        var committed = new FundsCommittedToOffer(L, "off-1", "market:A:12", 400_00, 500, "GBP", NOW.minusSeconds(60));
        var big = new DepositRequested(L, "dep-2", 5_000_00, "GBP", NOW);
        var bigSettled = new LenderFundsDeposited(L, "dep-2", 5_000_00, "GBP", NOW);
        fixture.given(big, bigSettled, limit, committed)
                .when(new CommitToOffer(L, "off-2", "market:A:12", 200_00, 500, "GBP"))
                .expectException(AccountRuleBroken.class)
                .expectExceptionMessage("a restricted investor may commit at most 500.00 in 12 months (10% of net "
                        + "investable assets); 400.00 is committed already")
                .expectNoEvents();
        // money that came back unused from the offer does not count
        fixture.given(
                        big,
                        bigSettled,
                        limit,
                        committed,
                        new OfferFundsReleased(L, "off-1", 150_00, "GBP", "cancelled", NOW))
                .when(new CommitToOffer(L, "off-2", "market:A:12", 200_00, 500, "GBP"))
                .expectSuccessfulHandlerExecution();
        // nor does a commitment made more than 12 months ago
        fixture.given(
                        big,
                        bigSettled,
                        limit,
                        new FundsCommittedToOffer(
                                L, "off-1", "market:A:12", 400_00, 500, "GBP", NOW.minus(Duration.ofDays(366))))
                .when(new CommitToOffer(L, "off-2", "market:A:12", 500_00, 500, "GBP"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void givenACategory_whenDeclaredAgainWithTheSameLimit_thenNothingChanges() {
        var limit = new InvestmentLimitSet(L, InvestorCategory.RESTRICTED, 500_00, NOW);
        fixture.givenNoPriorActivity()
                .when(new SetInvestmentLimit(L, InvestorCategory.RESTRICTED, 500_00))
                .expectEvents(limit);
        fixture.given(limit)
                .when(new SetInvestmentLimit(L, InvestorCategory.RESTRICTED, 500_00))
                .expectNoEvents();
    }

    private static final LenderRestricted FROZEN =
            new LenderRestricted(L, true, "blocked: a sanctions list match, assets frozen until cleared", NOW);
    private static final LenderRestricted SUSPENDED = new LenderRestricted(L, false, "suspended: AML case", NOW);

    @Test
    void givenAFrozenLender_whenTheyOfferOrWithdraw_thenBothAreRefusedWithTheReason() {
        fixture.given(REQUESTED, SETTLED, FROZEN)
                .when(new CommitToOffer(L, "off-1", "market:A:12", 100_00, 500, "GBP"))
                .expectException(AccountRuleBroken.class)
                .expectExceptionMessage("you may not lend at the moment (blocked: a sanctions list match, assets "
                        + "frozen until cleared)")
                .expectNoEvents();
        fixture.given(REQUESTED, SETTLED, FROZEN)
                .when(new RequestWithdrawal(L, "wdr-1", 100_00, "GBP"))
                .expectException(AccountRuleBroken.class)
                .expectExceptionMessage(Matchers.startsWith("this account is frozen"))
                .expectNoEvents();
    }

    @Test
    void givenASuspendedLender_whenTheyWithdraw_thenTheirOwnMoneyMayLeaveButNotBeLent() {
        fixture.given(REQUESTED, SETTLED, SUSPENDED)
                .when(new RequestWithdrawal(L, "wdr-1", 100_00, "GBP"))
                .expectEvents(new WithdrawalRequested(L, "wdr-1", 100_00, "GBP", NOW));
        fixture.given(REQUESTED, SETTLED, SUSPENDED)
                .when(new CommitToOffer(L, "off-1", "market:A:12", 100_00, 500, "GBP"))
                .expectException(AccountRuleBroken.class)
                .expectNoEvents();
    }

    @Test
    void givenAFrozenLenderWithAnAutoInvestRule_whenMoneyArrives_thenItIsCreditedButWithheldFromReinvestmentOnce() {
        var rule = new AutoInvestSet(L, true, List.of("market:A:12"), 400, 700, 0, true, NOW);
        var trigger = new AutoInvest(L, "receipt:L1:1", true, Map.of(), 10);
        fixture.given(REQUESTED, SETTLED, rule, FROZEN)
                .when(trigger)
                .expectEvents(new ReinvestmentWithheld(L, "receipt:L1:1", 500_00, FROZEN.reason(), NOW))
                .expectResultMessagePayload(0L);
        fixture.given(
                        REQUESTED,
                        SETTLED,
                        rule,
                        FROZEN,
                        new ReinvestmentWithheld(L, "receipt:L1:1", 500_00, FROZEN.reason(), NOW))
                .when(trigger)
                .expectNoEvents();
    }

    @Test
    void givenAFreeze_whenTheOpenOffersAreListedAndTheFreezeIsLifted_thenTheAccountNamesThemAndMayLendAgain() {
        var committed = new FundsCommittedToOffer(L, "off-1", "market:A:12", 300_00, 500, "GBP", NOW);
        fixture.given(REQUESTED, SETTLED, committed, FROZEN)
                .when(new ListOpenOffers(L))
                .expectResultMessagePayload(Map.of("off-1", "market:A:12"));
        fixture.given(REQUESTED, SETTLED, FROZEN)
                .when(new LiftLenderRestriction(L, "verified"))
                .expectEvents(new LenderRestrictionLifted(L, "verified", NOW));
        fixture.given(REQUESTED, SETTLED, FROZEN, new LenderRestrictionLifted(L, "verified", NOW))
                .when(new RequestWithdrawal(L, "wdr-1", 100_00, "GBP"))
                .expectEvents(new WithdrawalRequested(L, "wdr-1", 100_00, "GBP", NOW));
    }

    @Test
    void givenAFreezeAfterTheLenderWasMatched_whenTheLoanIsAboutToBePaidOut_thenTheirPartIsStoppedOnceWithTheReason() {
        var committed = new FundsCommittedToOffer(L, "off-1", "market:A:12", 300_00, 500, "GBP", NOW);
        var lent = new LenderFundsLent(L, "loan-1", 300_00, "GBP", NOW, "off-1", 500);
        var stopped = new LoanPartPayoutStopped(L, "loan-1", FROZEN.reason(), NOW);
        fixture.given(REQUESTED, SETTLED, committed, lent, FROZEN)
                .when(new ConfirmLoanPartPayout(L, "loan-1"))
                .expectEvents(stopped)
                .expectResultMessagePayload(false);
        fixture.given(REQUESTED, SETTLED, committed, lent, FROZEN, stopped)
                .when(new ConfirmLoanPartPayout(L, "loan-1"))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void givenASuspendedOrUnrestrictedLender_whenTheirLoanIsPaidOut_thenTheirMoneyMayGo() {
        var committed = new FundsCommittedToOffer(L, "off-1", "market:A:12", 300_00, 500, "GBP", NOW);
        var lent = new LenderFundsLent(L, "loan-1", 300_00, "GBP", NOW, "off-1", 500);
        fixture.given(REQUESTED, SETTLED, committed, lent, SUSPENDED)
                .when(new ConfirmLoanPartPayout(L, "loan-1"))
                .expectNoEvents()
                .expectResultMessagePayload(true);
        fixture.given(REQUESTED, SETTLED, committed, lent)
                .when(new ConfirmLoanPartPayout(L, "loan-1"))
                .expectNoEvents()
                .expectResultMessagePayload(true);
    }
}
