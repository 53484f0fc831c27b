package io.peerlend.lending.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.lending.api.InvestorCategory;
import io.peerlend.lending.api.commands.AutoInvest;
import io.peerlend.lending.api.commands.CommitToOffer;
import io.peerlend.lending.api.commands.LendFromOffer;
import io.peerlend.lending.api.commands.ListOpenOffers;
import io.peerlend.lending.api.events.AutoInvestSet;
import io.peerlend.lending.api.events.DepositRequested;
import io.peerlend.lending.api.events.FundsCommittedToOffer;
import io.peerlend.lending.api.events.InvestmentLimitSet;
import io.peerlend.lending.api.events.LenderFundsDeposited;
import io.peerlend.lending.api.events.LenderFundsLent;
import io.peerlend.lending.api.events.OfferFundsReleased;
import io.peerlend.lending.product.LoanPartPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A lender's account lives for years and gains an offer, parts lent and receipts every week: what it remembers must
 * not grow with every loan an offer ever funded. An offer used up (lent or given back) is forgotten at once but for
 * its terms (its idempotency key's answer) and, for 30 days, the loans it lent to (a retried lend); commitments older
 * than the restricted investor's 12 months are dropped. Every retry is still answered as before, and a lend the offer
 * cannot cover is still refused.
 */
class LenderAccountMemoryTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final String L = "lender-1";
    private static final DepositRequested REQUESTED = new DepositRequested(L, "dep-1", 500_00, "GBP", NOW);
    private static final LenderFundsDeposited SETTLED = new LenderFundsDeposited(L, "dep-1", 500_00, "GBP", NOW);
    private static final FundsCommittedToOffer OFFER =
            new FundsCommittedToOffer(L, "off-1", "market:A:12", 200_00, 500, "GBP", NOW);
    private static final LenderFundsLent LOAN_1 = new LenderFundsLent(L, "loan-1", 100_00, "GBP", NOW, "off-1", 500);
    private static final LenderFundsLent LOAN_2 = new LenderFundsLent(L, "loan-2", 60_00, "GBP", NOW, "off-1", 500);
    private static final OfferFundsReleased REST_BACK =
            new OfferFundsReleased(L, "off-1", 40_00, "GBP", "cancelled", NOW);

    private AggregateTestFixture<LenderAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(LenderAccount.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(LoanPartPolicy.DEFAULT);
    }

    @Test
    void givenAnOfferUsedUpByTwoLoansAndACancellation_whenSnapshotted_thenItsMoneyIsForgottenItsLoansKeptAWhile() {
        fixture.given(REQUESTED, SETTLED, OFFER, LOAN_1, LOAN_2, REST_BACK)
                .when(new ListOpenOffers(L))
                .expectNoEvents()
                .expectState(account -> {
                    LenderAccountState state = account.snapshot();
                    assertThat(state.committed()).isEmpty();
                    assertThat(state.markets()).isEmpty();
                    assertThat(state.lent()).containsExactlyInAnyOrder("off-1/loan-1", "off-1/loan-2");
                    assertThat(state.usedUp()).containsOnlyKeys("off-1");
                    assertThat(state.offers()).containsOnlyKeys("off-1");
                    assertThat(state.available()).isEqualTo(340_00);
                });
    }

    @Test
    void givenAnOfferUsedUpFortyDaysAgo_whenANewOfferIsMade_thenTheOldOffersLoansAreForgottenToo() {
        var old = new FundsCommittedToOffer(
                L, "off-0", "market:A:12", 100_00, 500, "GBP", NOW.minus(Duration.ofDays(45)));
        var oldLent = new LenderFundsLent(L, "loan-0", 100_00, "GBP", NOW.minus(Duration.ofDays(40)), "off-0", 500);
        fixture.given(REQUESTED, SETTLED, old, oldLent)
                .when(new CommitToOffer(L, "off-1", "market:A:12", 200_00, 500, "GBP"))
                .expectEvents(OFFER)
                .expectState(account -> {
                    LenderAccountState state = account.snapshot();
                    assertThat(state.lent()).isEmpty();
                    assertThat(state.usedUp()).isEmpty();
                    assertThat(state.offers()).containsOnlyKeys("off-0", "off-1");
                });
    }

    @Test
    void givenAUsedUpOffer_whenALendItCannotCoverArrives_thenItIsStillRefused() {
        fixture.given(REQUESTED, SETTLED, OFFER, LOAN_1, LOAN_2, REST_BACK)
                .when(new LendFromOffer(L, "off-1", "loan-3", 10_00))
                .expectException(AccountRuleBroken.class);
    }

    @Test
    void givenAnOfferStillHoldingMoney_whenSnapshotted_thenItsLoansAreRememberedForRetries() {
        fixture.given(REQUESTED, SETTLED, OFFER, LOAN_1)
                .when(new ListOpenOffers(L))
                .expectResultMessagePayload(Map.of("off-1", "market:A:12"))
                .expectState(account -> assertThat(account.snapshot().lent()).containsExactly("off-1/loan-1"));
    }

    @Test
    void givenAUsedUpOffer_whenALendFromItIsRetried_thenNothingMoves() {
        fixture.given(REQUESTED, SETTLED, OFFER, LOAN_1, LOAN_2, REST_BACK)
                .when(new LendFromOffer(L, "off-1", "loan-1", 100_00))
                .expectNoEvents();
    }

    @Test
    void givenAUsedUpOffer_whenItsOfferIsRetriedWithTheSameKey_thenTheSameOfferNothingHeldAndNoNewMoneySetAside() {
        fixture.given(REQUESTED, SETTLED, OFFER, LOAN_1, LOAN_2, REST_BACK)
                .when(new CommitToOffer(L, "off-1", "market:A:12", 200_00, 500, "GBP"))
                .expectNoEvents()
                .expectResultMessagePayload(0L);
    }

    @Test
    void givenAnAutoInvestOfferUsedUp_whenItsTriggerArrivesAgain_thenNothingIsOfferedTwice() {
        var rule = new AutoInvestSet(L, true, List.of("market:A:12"), 400, 700, 1_00_00, false, NOW);
        var auto = new FundsCommittedToOffer(L, "auto:deposit:dep-1:0", "market:A:12", 500_00, 400, "GBP", NOW);
        var lent = new LenderFundsLent(L, "loan-9", 500_00, "GBP", NOW, "auto:deposit:dep-1:0", 400);
        var more = new DepositRequested(L, "dep-2", 300_00, "GBP", NOW);
        var moreSettled = new LenderFundsDeposited(L, "dep-2", 300_00, "GBP", NOW);
        fixture.given(REQUESTED, SETTLED, rule, auto, lent, more, moreSettled)
                .when(new AutoInvest(L, "deposit:dep-1", false, Map.of(), 10))
                .expectNoEvents()
                .expectResultMessagePayload(0L);
    }

    @Test
    void givenCommitmentsOverTwoYears_whenARestrictedInvestorCommitsAgain_thenOnlyTheLast12MonthsAreKeptOrCounted() {
        var limit = new InvestmentLimitSet(L, InvestorCategory.RESTRICTED, 500_00, NOW.minus(Duration.ofDays(800)));
        var big = new DepositRequested(L, "dep-2", 5_000_00, "GBP", NOW.minus(Duration.ofDays(800)));
        var bigSettled = new LenderFundsDeposited(L, "dep-2", 5_000_00, "GBP", NOW.minus(Duration.ofDays(800)));
        var twoYearsAgo = new FundsCommittedToOffer(
                L, "old-1", "market:A:12", 450_00, 500, "GBP", NOW.minus(Duration.ofDays(730)));
        var lastMonth = new FundsCommittedToOffer(
                L, "new-1", "market:A:12", 300_00, 500, "GBP", NOW.minus(Duration.ofDays(30)));
        fixture.given(limit, big, bigSettled, twoYearsAgo, lastMonth)
                .when(new CommitToOffer(L, "new-2", "market:A:12", 200_00, 500, "GBP"))
                .expectEvents(new FundsCommittedToOffer(L, "new-2", "market:A:12", 200_00, 500, "GBP", NOW))
                .expectState(
                        account -> assertThat(account.snapshot().commitments()).containsOnlyKeys("new-1", "new-2"));
    }
}
