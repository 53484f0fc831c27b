package io.peerlend.lending.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LargestRemainderTest {

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
        assertThatThrownBy(() -> LargestRemainder.split(1, new long[] {0, 0}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(LargestRemainder.split(0, new long[] {0, 0})).containsExactly(0, 0);
    }
}
