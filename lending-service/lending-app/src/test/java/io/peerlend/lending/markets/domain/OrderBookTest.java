package io.peerlend.lending.markets.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerlend.lending.product.LoanPartPolicy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class OrderBookTest {

    private final OrderBook book = new OrderBook(LoanPartPolicy.DEFAULT);

    @Test
    void givenOffersAtSeveralRates_whenALoanIsAllocated_thenTheCheapestFundItFirstAtTheWeightedRate() {
        book.place("o-1", "l-1", 700, 1_000_000_00);
        book.place("o-2", "l-2", 500, 1_000_000_00);
        book.place("o-3", "l-3", 600, 1_000_000_00);

        Allocation a = book.allocate(25_000_00, 10_000);

        assertThat(a.parts())
                .extracting(LoanPart::offerId, LoanPart::amount)
                .containsExactly(
                        Tuple.tuple("o-2", 10_000_00L), Tuple.tuple("o-3", 10_000_00L), Tuple.tuple("o-1", 5_000_00L));
        assertThat(a.complete()).isTrue();
        // (10,000 × 5% + 10,000 × 6% + 5,000 × 7%) / 25,000 = 5.80 %
        assertThat(a.rate()).isEqualByComparingTo("5.80");
    }

    @Test
    void givenOffersAtOneRate_whenLoansAreFunded_thenTheEarliestFirstAndUsedOffersGoToTheBack() {
        book.place("o-1", "l-1", 500, 10_000_00);
        book.place("o-2", "l-2", 500, 10_000_00);
        book.place("o-3", "l-3", 500, 10_000_00);

        Allocation first = book.allocate(100_00, 10_000);
        book.apply(first.parts());
        Allocation second = book.allocate(100_00, 10_000);

        assertThat(first.parts()).extracting(LoanPart::lenderId).containsExactly("l-1");
        assertThat(second.parts()).extracting(LoanPart::lenderId).containsExactly("l-2");
        assertThat(book.offersInOrder()).extracting(Offer::offerId).containsExactly("o-2", "o-3", "o-1");
    }

    @Test
    void givenALargeOffer_whenAllocated_thenNoPartExceedsOnePercentOfItAndEachLenderHasOnePart() {
        book.place("big", "l-1", 500, 50_000_00); // parts of at most 500.00
        book.place("big-2", "l-1", 500, 50_000_00); // the same lender again: no second part in one loan
        book.place("small", "l-2", 500, 500_00); // 1% would be 5.00: the 10.00 minimum applies

        Allocation a = book.allocate(2_000_00, 10_000);

        assertThat(a.parts())
                .extracting(LoanPart::lenderId, LoanPart::amount)
                .containsExactly(Tuple.tuple("l-1", 500_00L), Tuple.tuple("l-2", 10_00L));
        assertThat(a.complete()).isFalse();
        assertThat(a.funded()).isEqualTo(510_00);
    }

    @Test
    void givenTooLittleMoney_whenAllocated_thenNothingInTheBookChanges() {
        book.place("o-1", "l-1", 500, 1_000_00);
        Allocation a = book.allocate(5_000_00, 10_000);

        assertThat(a.complete()).isFalse();
        assertThat(book.offersInOrder())
                .singleElement()
                .satisfies(o -> assertThat(o.remaining()).isEqualTo(1_000_00));
    }

    @Test
    void givenAMaximumRate_whenAllocated_thenDearerOffersAreLeftAlone() {
        book.place("cheap", "l-1", 500, 100_000_00);
        book.place("dear", "l-2", 900, 100_000_00);

        assertThat(book.allocate(2_000_00, 600).funded()).isEqualTo(1_000_00);
        assertThat(book.available(600)).isEqualTo(100_000_00);
    }

    @Test
    void givenDustBelowTheMinimum_whenALoanNeedsMore_thenItIsSkippedButItMayFinishALoan() {
        book.place("o-1", "l-1", 500, 1_005_00);
        book.apply(List.of(new LoanPart("o-1", "l-1", 1_000_00, 500)));
        // 5.00 left: too small for a loan needing 20.00, enough to finish one needing exactly 5.00
        assertThat(book.allocate(20_00, 10_000).parts()).isEmpty();
        assertThat(book.allocate(5_00, 10_000).parts())
                .extracting(LoanPart::amount)
                .containsExactly(5_00L);
    }

    @Test
    void givenAnAllocationThatNoLongerFits_whenApplied_thenRefusedWithoutChange() {
        book.place("o-1", "l-1", 500, 1_000_00);
        assertThatThrownBy(() -> book.apply(List.of(new LoanPart("o-1", "l-1", 2_000_00, 500))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(book.cancel("o-1")).isEqualTo(1_000_00);
        assertThat(book.size()).isZero();
    }

    @Test
    void givenThousandsOfRandomOffersAndLoans_whenMatched_thenNoMoneyIsCreatedOrLostAndNoPartBreaksTheRules() {
        Random random = new Random(42);
        Map<String, Long> original = new HashMap<>();
        long allocatedTotal = 0;
        for (int i = 0; i < 2_000; i++) {
            long amount = 1_000_00 + random.nextInt(200_000) * 10L;
            original.put("o-" + i, amount);
            book.place("o-" + i, "l-" + random.nextInt(500), 400 + random.nextInt(40) * 25, amount);
        }
        for (int loan = 0; loan < 3_000; loan++) {
            long amount = 1_000_00 + random.nextInt(24_000) * 100L;
            Allocation a = book.allocate(amount, 10_000);
            assertThat(a.parts().stream().mapToLong(LoanPart::amount).sum()).isEqualTo(a.funded());
            assertThat(a.parts().stream().map(LoanPart::lenderId).distinct().count())
                    .isEqualTo(a.parts().size());
            assertThat(a.parts())
                    .allSatisfy(p -> assertThat(p.amount())
                            .isLessThanOrEqualTo(
                                    Math.max(LoanPartPolicy.DEFAULT.minimumPart(), original.get(p.offerId()) / 100)));
            if (a.complete()) {
                book.apply(a.parts());
                allocatedTotal += a.funded();
            }
        }
        long remaining =
                book.offersInOrder().stream().mapToLong(Offer::remaining).sum();
        assertThat(remaining + allocatedTotal)
                .isEqualTo(original.values().stream().mapToLong(Long::longValue).sum());
    }
}
