package io.peerlend.lending.loans.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;

import io.peerlend.lending.api.LoanPartShare;
import io.peerlend.lending.api.PartPayment;
import io.peerlend.lending.api.commands.CancelLoanPartListing;
import io.peerlend.lending.api.commands.CloseLoanDay;
import io.peerlend.lending.api.commands.ListLoanPart;
import io.peerlend.lending.api.commands.OpenLoan;
import io.peerlend.lending.api.commands.SettleLoanPayment;
import io.peerlend.lending.api.commands.TransferLoanPart;
import io.peerlend.lending.api.events.LoanPartListed;
import io.peerlend.lending.api.events.LoanPartListingCancelled;
import io.peerlend.lending.api.events.LoanPartTransferred;
import io.peerlend.lending.api.events.LoanRepaymentReceived;
import io.peerlend.lending.product.RuleBroken;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The secondary market on a loan of 1,000.00 at 12% over 12 months, 600.00 from lender A and 400.00 from lender B, paid
 * out on 15 January 2027. Premiums from −10% to +5%; a sale fee of 1% of principal and premium.
 */
class LoanSecondaryMarketTest {

    private static final Instant NOW = Instant.parse("2027-01-25T10:00:00Z");
    private static final LocalDate PAID_OUT = LocalDate.parse("2027-01-15");
    private static final LocalDate TEN_DAYS_ON = LocalDate.parse("2027-01-25");
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
    private static final ListLoanPart LIST_A = new ListLoanPart("L1", "listing-1", "lender-a", -200, TEN_DAYS_ON);
    private static final TransferLoanPart BUY =
            new TransferLoanPart("L1", "listing-1", "buyer-c", "purchase-1", TEN_DAYS_ON, 600_00);

    private final AtomicReference<LocalDate> today = new AtomicReference<>(PAID_OUT);
    private AggregateTestFixture<Loan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Loan.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(ServicingPolicy.UK);
        fixture.registerInjectableResource(SecondaryMarketPolicy.UK);
        fixture.registerInjectableResource((BusinessDay) today::get);
    }

    @Test
    void givenAPaidOutLoan_whenALenderListsTheirPartAtADiscount_thenItIsListedAtItsPrincipalOutstanding() {
        fixture.givenCommands(OPEN, PAID)
                .when(LIST_A)
                .expectEvents(new LoanPartListed(
                        "L1", "listing-1", "lender-a", List.of(0), 600_00, -200, "GBP", TEN_DAYS_ON, NOW));
        // a retry with the same listing id lists nothing again
        fixture.givenCommands(OPEN, PAID, LIST_A).when(LIST_A).expectNoEvents();
    }

    @Test
    void givenAListing_whenTheSameHoldingIsListedAgainOrAPremiumIsOutOfBoundsOrTheSellerHoldsNothing_thenRefused() {
        fixture.givenCommands(OPEN, PAID, LIST_A)
                .when(new ListLoanPart("L1", "listing-2", "lender-a", 0, TEN_DAYS_ON))
                .expectException(RuleBroken.class)
                .expectExceptionMessage("your part of this loan is listed already")
                .expectNoEvents();
        fixture.givenCommands(OPEN, PAID)
                .when(new ListLoanPart("L1", "listing-2", "lender-b", 600, TEN_DAYS_ON))
                .expectException(RuleBroken.class)
                .expectExceptionMessage("must be between -10.00% and 5.00%")
                .expectNoEvents();
        fixture.givenCommands(OPEN, PAID)
                .when(new ListLoanPart("L1", "listing-2", "someone-else", 0, TEN_DAYS_ON))
                .expectException(RuleBroken.class)
                .expectExceptionMessage("you hold no part of this loan")
                .expectNoEvents();
        // and a loan not yet paid out has nothing to sell
        fixture.givenCommands(OPEN)
                .when(LIST_A)
                .expectException(RuleBroken.class)
                .expectNoEvents();
    }

    @Test
    void givenAListing_whenBoughtTenDaysAfterPayout_thenPriceIsPrincipalLessDiscountPlusNetAccruedInterest() {
        fixture.givenCommands(OPEN, PAID, LIST_A)
                .when(BUY)
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(e -> e instanceof LoanPartTransferred t
                                && t.sellerId().equals("lender-a")
                                && t.buyerId().equals("buyer-c")
                                && t.parts().equals(List.of(0))
                                && t.principalMinor() == 600_00
                                // −2% of 600.00
                                && t.premiumMinor() == -12_00
                                // ten days of 12% on 600.00 (1.97) less the 10% servicing fee (0.19)
                                && t.accruedInterestMinor() == 1_78
                                && t.priceMinor() == 600_00 - 12_00 + 1_78
                                // 1% of 588.00
                                && t.feeMinor() == 5_88
                                && t.transferOn().equals(TEN_DAYS_ON)),
                        andNoMore())));
    }

    @Test
    void givenASoldListing_whenASecondBuyerTriesOrTheFirstRetries_thenTheSecondIsRefusedAndTheRetryChangesNothing() {
        fixture.givenCommands(OPEN, PAID, LIST_A, BUY)
                .when(new TransferLoanPart("L1", "listing-1", "buyer-d", "purchase-2", TEN_DAYS_ON, 600_00))
                .expectException(RuleBroken.class)
                .expectExceptionMessage("this part was sold to another buyer")
                .expectNoEvents();
        fixture.givenCommands(OPEN, PAID, LIST_A, BUY).when(BUY).expectNoEvents();
    }

    @Test
    void givenAListing_whenTheSellerBuysItOrThePriceIsAboveWhatTheBuyerSetAside_thenRefused() {
        fixture.givenCommands(OPEN, PAID, LIST_A)
                .when(new TransferLoanPart("L1", "listing-1", "lender-a", "p", TEN_DAYS_ON, 600_00))
                .expectException(RuleBroken.class)
                .expectExceptionMessage("you cannot buy your own part")
                .expectNoEvents();
        fixture.givenCommands(OPEN, PAID, LIST_A)
                .when(new TransferLoanPart("L1", "listing-1", "buyer-c", "p", TEN_DAYS_ON, 500_00))
                .expectException(RuleBroken.class)
                .expectNoEvents();
    }

    @Test
    void givenACancelledListing_whenBought_thenRefused_andOnlyTheSellerCancels() {
        fixture.givenCommands(OPEN, PAID, LIST_A)
                .when(new CancelLoanPartListing("L1", "listing-1", "lender-b"))
                .expectNoEvents();
        fixture.givenCommands(OPEN, PAID, LIST_A)
                .when(new CancelLoanPartListing("L1", "listing-1", "lender-a"))
                .expectEvents(
                        new LoanPartListingCancelled("L1", "listing-1", "lender-a", "withdrawn by the seller", NOW));
        fixture.givenCommands(OPEN, PAID, LIST_A, new CancelLoanPartListing("L1", "listing-1", "lender-a"))
                .when(BUY)
                .expectException(RuleBroken.class)
                .expectExceptionMessage("this part is no longer for sale")
                .expectNoEvents();
    }

    @Test
    void givenATransfer_whenTheNextInstalmentIsPaid_thenTheBuyerGetsThePartsShareAndLenderBKeepsTheirs() {
        fixture.givenCommands(OPEN, PAID, LIST_A, BUY, new CloseLoanDay("L1", FIRST_DUE))
                .when(new SettleLoanPayment("L1", "collect:L1:" + FIRST_DUE, true, null))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        matches(e -> e instanceof LoanRepaymentReceived r
                                && r.distributions().size() == 2
                                && r.distributions().get(0).lenderId().equals("buyer-c")
                                && r.distributions().get(1).lenderId().equals("lender-b")
                                // the part's own instalment: 6.00 interest less 0.60 fee, principal 47.31
                                && r.distributions().get(0).equals(new PartPayment("buyer-c", 47_31, 5_40))),
                        andNoMore())))
                .expectState(loan -> assertThat(loan.status()).isEqualTo(Loan.Status.ACTIVE));
    }
}
