package io.peerlend.lending;

import io.peerlend.lending.api.Circumstances;
import io.peerlend.lending.api.CreditHistory;
import io.peerlend.lending.api.CurrentAccount;
import io.peerlend.lending.api.EmploymentStatus;
import io.peerlend.lending.api.Housing;
import io.peerlend.lending.api.MonthlyFinances;
import io.peerlend.lending.api.OtherInstalmentPlans;
import io.peerlend.lending.api.Property;
import io.peerlend.lending.api.Savings;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/** The operations the model-checked marketplace is driven with, and how jqwik generates them (uniformly). */
final class ModelOperations {

    static final int LENDERS = 12;
    /** Few enough that each one's borrowing reaches the cap of the model (8,000.00) in a run. */
    static final int BORROWERS = 3;

    /** The applicant every borrower of the model is (scoring is the test's: each is scored into their market). */
    static final MonthlyFinances FINANCES = new MonthlyFinances("2800.00", "1200.00", "100.00");

    static final Circumstances CIRCUMSTANCES = new Circumstances(
            CurrentAccount.LOW,
            CreditHistory.EXISTING_REPAID_ON_TIME,
            Savings.LOW,
            EmploymentStatus.EMPLOYED,
            3,
            Property.CAR_OR_OTHER,
            31,
            OtherInstalmentPlans.NONE,
            Housing.RENT,
            1);
    private static final RandomDistribution UNIFORM = RandomDistribution.uniform();

    private ModelOperations() {}

    sealed interface Op
            permits Deposit,
                    Withdraw,
                    Offer,
                    Cancel,
                    AutoInvestRule,
                    Borrow,
                    Repay,
                    CoolingOff,
                    Days,
                    Decline,
                    Recover,
                    ListPart,
                    SellAll,
                    BuyListing,
                    CancelListing {}

    record Deposit(int lender, long amount, boolean declined) implements Op {}

    record Withdraw(int lender, long amount) implements Op {}

    record Offer(int lender, int market, long amount, int rateBps) implements Op {}

    record Cancel(int lender, int pick) implements Op {}

    /**
     * A lender's auto-invest rule: {@code markets} 1, 2 or 3 (the world's first, second or both), rates from
     * {@code minBps} to {@code minBps + spanBps}, {@code maxPerLoan} 0 for the market's own part limit.
     */
    record AutoInvestRule(
            int lender, int markets, int minBps, int spanBps, long maxPerLoan, boolean reinvest, boolean enabled)
            implements Op {}

    /** A borrower of the world ({@code borrower}) applies, is verified and scored for the market, and accepts. */
    record Borrow(int borrower, int market, long amount) implements Op {}

    /** {@code kind}: 0 a cent, 1 part of the interest accrued, 2 a share of the payoff, 3 all of it. */
    record Repay(int pick, int kind, int perMille) implements Op {}

    record CoolingOff(int pick) implements Op {}

    record Days(int days) implements Op {}

    record Decline(int pick, int count) implements Op {}

    record Recover(int pick, int perMille) implements Op {}

    /** A lender lists their part of one of the loans they hold, at a premium from −10% to +5%. */
    record ListPart(int lender, int pick, int premiumBps) implements Op {}

    /** A lender lists every part they hold, each a listing of its own. */
    record SellAll(int lender, int premiumBps) implements Op {}

    /** A lender buys one of the open listings (perhaps their own, which is refused). */
    record BuyListing(int buyer, int pick) implements Op {}

    /** A lender takes one of their listings off the market. */
    record CancelListing(int lender, int pick) implements Op {}

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
                        3,
                        Combinators.combine(
                                        lender,
                                        ints(1, 3),
                                        ints(300, 1_000),
                                        ints(0, 400),
                                        Arbitraries.of(0L, 50_00L, 500_00L),
                                        Arbitraries.of(true, false),
                                        Arbitraries.of(true, true, true, false))
                                .as(AutoInvestRule::new)),
                Tuple.of(
                        12,
                        Combinators.combine(ints(0, BORROWERS - 1), ints(0, 1), longs(1_000_00, 3_000_00))
                                .as(Borrow::new)),
                Tuple.of(
                        10,
                        Combinators.combine(pick, ints(0, 3), ints(1, 1_000)).as(Repay::new)),
                Tuple.of(3, pick.map(CoolingOff::new)),
                Tuple.of(12, ints(1, 40).map(Days::new)),
                Tuple.of(5, Combinators.combine(pick, ints(1, 8)).as(Decline::new)),
                Tuple.of(3, Combinators.combine(pick, ints(1, 1_000)).as(Recover::new)),
                Tuple.of(4, Combinators.combine(lender, pick, ints(-1_000, 500)).as(ListPart::new)),
                Tuple.of(1, Combinators.combine(lender, ints(-300, 100)).as(SellAll::new)),
                Tuple.of(5, Combinators.combine(lender, pick).as(BuyListing::new)),
                Tuple.of(1, Combinators.combine(lender, pick).as(CancelListing::new)));
        return op.list().ofSize(size);
    }
}
