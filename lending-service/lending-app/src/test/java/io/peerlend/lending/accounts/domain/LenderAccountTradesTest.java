package io.peerlend.lending.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerlend.lending.api.InvestorCategory;
import io.peerlend.lending.api.commands.ReceiveSaleProceeds;
import io.peerlend.lending.api.commands.ReserveForPurchase;
import io.peerlend.lending.api.commands.SettlePurchase;
import io.peerlend.lending.api.events.DepositRequested;
import io.peerlend.lending.api.events.InvestmentLimitSet;
import io.peerlend.lending.api.events.LenderFundsDeposited;
import io.peerlend.lending.api.events.LoanPartBought;
import io.peerlend.lending.api.events.LoanPartPurchaseReleased;
import io.peerlend.lending.api.events.LoanPartPurchaseReserved;
import io.peerlend.lending.api.events.LoanPartSold;
import io.peerlend.lending.product.LoanPartPolicy;
import io.peerlend.lending.product.RuleBroken;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A lender's side of secondary-market trades: the buyer's reservation and settlement, the seller's proceeds. */
class LenderAccountTradesTest {

    private static final Instant NOW = Instant.parse("2027-01-25T10:00:00Z");
    private static final String BUYER = "buyer-c";
    private static final DepositRequested REQUESTED = new DepositRequested(BUYER, "dep-1", 700_00, "GBP", NOW);
    private static final LenderFundsDeposited SETTLED = new LenderFundsDeposited(BUYER, "dep-1", 700_00, "GBP", NOW);
    private static final ReserveForPurchase RESERVE =
            new ReserveForPurchase(BUYER, "purchase-1", "listing-1", "L1", 590_00, "GBP");
    private static final LoanPartPurchaseReserved RESERVED =
            new LoanPartPurchaseReserved(BUYER, "purchase-1", "listing-1", "L1", 590_00, "GBP", NOW);

    private AggregateTestFixture<LenderAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(LenderAccount.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(LoanPartPolicy.DEFAULT);
    }

    @Test
    void givenMoney_whenReservingForAPurchase_thenItLeavesTheAvailableBalance_andARetryIsTheSameReservation() {
        fixture.given(REQUESTED, SETTLED)
                .when(RESERVE)
                .expectEvents(RESERVED)
                .expectResultMessagePayload(590_00L)
                .expectState(a -> assertThat(a.available()).isEqualTo(110_00));
        fixture.given(REQUESTED, SETTLED, RESERVED).when(RESERVE).expectNoEvents();
        // the same key for another listing is refused, naming the key
        fixture.given(REQUESTED, SETTLED, RESERVED)
                .when(new ReserveForPurchase(BUYER, "purchase-1", "listing-2", "L2", 10_00, "GBP"))
                .expectException(RuleBroken.class)
                .expectNoEvents();
    }

    @Test
    void givenTooLittleMoneyOrARestrictedInvestorsLimit_whenReserving_thenRefused() {
        fixture.given(REQUESTED, SETTLED)
                .when(new ReserveForPurchase(BUYER, "p", "listing-1", "L1", 700_01, "GBP"))
                .expectException(RuleBroken.class)
                .expectExceptionMessage("more than the available balance")
                .expectNoEvents();
        fixture.given(REQUESTED, SETTLED, new InvestmentLimitSet(BUYER, InvestorCategory.RESTRICTED, 500_00, NOW))
                .when(RESERVE)
                .expectException(RuleBroken.class)
                .expectNoEvents();
    }

    @Test
    void givenAReservation_whenBoughtForLess_thenThePriceIsSpentAndTheRestComesBack_once() {
        SettlePurchase bought = new SettlePurchase(BUYER, "purchase-1", true, "L1", "listing-1", 600_00, 589_78, null);
        fixture.given(REQUESTED, SETTLED, RESERVED)
                .when(bought)
                .expectEvents(
                        new LoanPartBought(BUYER, "purchase-1", "listing-1", "L1", 600_00, 589_78, "GBP", NOW),
                        new LoanPartPurchaseReleased(
                                BUYER,
                                "purchase-1",
                                22,
                                "GBP",
                                "the price on the day of sale was lower than set aside",
                                NOW))
                .expectState(a -> assertThat(a.available()).isEqualTo(700_00 - 589_78));
        fixture.given(
                        REQUESTED,
                        SETTLED,
                        RESERVED,
                        new LoanPartBought(BUYER, "purchase-1", "listing-1", "L1", 600_00, 589_78, "GBP", NOW))
                .when(bought)
                .expectNoEvents();
    }

    @Test
    void givenAReservation_whenThePurchaseFailed_thenAllOfItComesBack() {
        fixture.given(REQUESTED, SETTLED, RESERVED)
                .when(new SettlePurchase(BUYER, "purchase-1", false, "L1", "listing-1", 0, 0, "sold to another buyer"))
                .expectEvents(
                        new LoanPartPurchaseReleased(BUYER, "purchase-1", 590_00, "GBP", "sold to another buyer", NOW))
                .expectState(a -> assertThat(a.available()).isEqualTo(700_00));
    }

    @Test
    void givenASale_whenTheProceedsArrive_thenThePriceLessTheFeeIsAvailable_once() {
        ReceiveSaleProceeds proceeds =
                new ReceiveSaleProceeds("lender-a", "listing-1", "L1", "purchase-1", 600_00, 589_78, 5_88, "GBP");
        LoanPartSold sold =
                new LoanPartSold("lender-a", "listing-1", "purchase-1", "L1", 600_00, 589_78, 5_88, "GBP", NOW);
        fixture.givenNoPriorActivity()
                .when(proceeds)
                .expectEvents(sold)
                .expectState(a -> assertThat(a.available()).isEqualTo(589_78 - 5_88));
        fixture.given(sold).when(proceeds).expectNoEvents();
    }
}
