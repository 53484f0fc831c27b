package io.peerlend.lending;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/** The operations the model-checked marketplace is driven with, and how jqwik generates them (uniformly). */
final class ModelOperations {

    static final int LENDERS = 12;
    private static final RandomDistribution UNIFORM = RandomDistribution.uniform();

    private ModelOperations() {}

    sealed interface Op permits Deposit, Withdraw, Offer, Cancel, Borrow, Repay, CoolingOff, Days, Decline, Recover {}

    record Deposit(int lender, long amount, boolean declined) implements Op {}

    record Withdraw(int lender, long amount) implements Op {}

    record Offer(int lender, int market, long amount, int rateBps) implements Op {}

    record Cancel(int lender, int pick) implements Op {}

    record Borrow(int market, long amount) implements Op {}

    /** {@code kind}: 0 a cent, 1 part of the interest accrued, 2 a share of the payoff, 3 all of it. */
    record Repay(int pick, int kind, int perMille) implements Op {}

    record CoolingOff(int pick) implements Op {}

    record Days(int days) implements Op {}

    record Decline(int pick, int count) implements Op {}

    record Recover(int pick, int perMille) implements Op {}

    private static Arbitrary<Integer> ints(int min, int max) {
        return Arbitraries.integers().between(min, max).withDistribution(UNIFORM);
    }

    private static Arbitrary<Long> longs(long min, long max) {
        return Arbitraries.longs().between(min, max).withDistribution(UNIFORM);
    }

    static Arbitrary<List<Op>> sequences(int size) {
        Arbitrary<Integer> lender = ints(0, LENDERS - 1);
        Arbitrary<Integer> pick = ints(0, 1_000);
        Arbitrary<Op> op = Arbitraries.frequencyOf(
                Tuple.of(
                        12,
                        Combinators.combine(lender, longs(10_00, 30_000_00), Arbitraries.of(false, false, false, true))
                                .as(Deposit::new)),
                Tuple.of(4, Combinators.combine(lender, longs(1, 2_000_00)).as(Withdraw::new)),
                Tuple.of(
                        14,
                        Combinators.combine(lender, ints(0, 1), longs(10_00, 20_000_00), ints(300, 1_400))
                                .as(Offer::new)),
                Tuple.of(3, Combinators.combine(lender, pick).as(Cancel::new)),
                Tuple.of(
                        12,
                        Combinators.combine(ints(0, 1), longs(500_00, 4_000_00)).as(Borrow::new)),
                Tuple.of(
                        10,
                        Combinators.combine(pick, ints(0, 3), ints(1, 1_000)).as(Repay::new)),
                Tuple.of(3, pick.map(CoolingOff::new)),
                Tuple.of(12, ints(1, 40).map(Days::new)),
                Tuple.of(5, Combinators.combine(pick, ints(1, 8)).as(Decline::new)),
                Tuple.of(3, Combinators.combine(pick, ints(1, 1_000)).as(Recover::new)));
        return op.list().ofSize(size);
    }
}
