package io.peerlend.lending.collections.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CollectionsTest {

    @Test
    void givenAnAmountThatDoesNotDivideEvenly_whenSplit_thenTheLargestRemaindersGetTheSpareCents() {
        // 100 by 1:1:1 = 33.33… each: the first (ties to the earlier) gets the extra cent
        assertThat(LargestRemainder.split(100, new long[] {1, 1, 1})).containsExactly(34, 33, 33);
        // 10 by 50:30:20 exactly
        assertThat(LargestRemainder.split(10, new long[] {50, 30, 20})).containsExactly(5, 3, 2);
        // 7 by 1:2:4 = 1, 2, 4
        assertThat(LargestRemainder.split(7, new long[] {1, 2, 4})).containsExactly(1, 2, 4);
        // 5 by 3:3:3:1 → 1.5, 1.5, 1.5, 0.5: floors 1,1,1,0 and the two spare cents to the first two halves
        assertThat(LargestRemainder.split(5, new long[] {3, 3, 3, 1})).containsExactly(2, 2, 1, 0);
    }

    @Test
    void givenRandomSplits_whenSplit_thenSharesAlwaysSumToTheWholeAndNoneIsOffByMoreThanACent() {
        Random random = new Random(11);
        for (int run = 0; run < 10_000; run++) {
            long[] weights = new long[1 + random.nextInt(200)];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = 1 + random.nextInt(1_000_000);
            }
            long amount = random.nextInt(10_000_000);
            long[] shares = LargestRemainder.split(amount, weights);
            long total = Arrays.stream(weights).sum();
            assertThat(Arrays.stream(shares).sum()).isEqualTo(amount);
            for (int i = 0; i < shares.length; i++) {
                double exact = (double) amount * weights[i] / total;
                assertThat((double) shares[i]).isBetween(Math.floor(exact), Math.floor(exact) + 1);
            }
        }
    }

    @Test
    void givenHugeAmountsAndWeights_whenSplit_thenNoOverflow() {
        assertThat(LargestRemainder.split(Long.MAX_VALUE / 2, new long[] {Long.MAX_VALUE / 4, Long.MAX_VALUE / 4}))
                .containsExactly(Long.MAX_VALUE / 4 + 1, Long.MAX_VALUE / 4);
    }

    @Test
    void givenNothingToSplitBy_whenSplittingMoney_thenRefused() {
        assertThatThrownBy(() -> LargestRemainder.split(1, new long[] {0, 0})).isInstanceOf(IllegalArgumentException.class);
        assertThat(LargestRemainder.split(0, new long[] {0, 0})).containsExactly(0, 0);
    }

    @Test
    void givenAPayment_whenAllocated_thenFeesThenInterestThenPrincipalThenOverpayment() {
        assertThat(PaymentAllocation.of(100_00, 15_00, 40_00, 300_00))
                .isEqualTo(new PaymentAllocation(15_00, 40_00, 45_00, 0));
        assertThat(PaymentAllocation.of(10_00, 15_00, 40_00, 300_00))
                .isEqualTo(new PaymentAllocation(10_00, 0, 0, 0));
        assertThat(PaymentAllocation.of(400_00, 15_00, 40_00, 300_00))
                .isEqualTo(new PaymentAllocation(15_00, 40_00, 300_00, 45_00));
    }

    @Test
    void givenACollectedInstalment_whenDistributedToParts_thenEveryCentGoesToAPartOrTheServicingFee() {
        long[] outstanding = {500_00, 500_00, 250_00, 1_00};
        LenderDistribution d = LenderDistribution.of(12_35, 83_37, outstanding, 100);

        assertThat(d.servicingFee()).isEqualTo(12); // 1% of 12.35, rounded down
        assertThat(Arrays.stream(d.interest()).sum()).isEqualTo(12_35 - 12);
        assertThat(Arrays.stream(d.principal()).sum()).isEqualTo(83_37);
        assertThat(d.total()).isEqualTo(12_35 + 83_37);
    }
}
