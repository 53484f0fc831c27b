package io.peerlend.lending;

import io.peerlend.lending.api.LoanPartShare;
import io.peerlend.lending.api.PartPayment;
import io.peerlend.lending.api.events.AutoInvestSet;
import io.peerlend.lending.api.events.BorrowingCapReached;
import io.peerlend.lending.api.events.BorrowingReserved;
import io.peerlend.lending.api.events.CollectionFailed;
import io.peerlend.lending.api.events.DefaultCovered;
import io.peerlend.lending.api.events.FundsCommittedToOffer;
import io.peerlend.lending.api.events.LateFeeCharged;
import io.peerlend.lending.api.events.LoanCancelled;
import io.peerlend.lending.api.events.LoanDefaulted;
import io.peerlend.lending.api.events.LoanDisbursed;
import io.peerlend.lending.api.events.LoanFunded;
import io.peerlend.lending.api.events.LoanNotFunded;
import io.peerlend.lending.api.events.LoanNotQuoted;
import io.peerlend.lending.api.events.LoanPartBought;
import io.peerlend.lending.api.events.LoanPartListed;
import io.peerlend.lending.api.events.LoanPartListingCancelled;
import io.peerlend.lending.api.events.LoanPartPurchaseReleased;
import io.peerlend.lending.api.events.LoanPartPurchaseReserved;
import io.peerlend.lending.api.events.LoanPartSold;
import io.peerlend.lending.api.events.LoanPartTransferred;
import io.peerlend.lending.api.events.LoanQuoted;
import io.peerlend.lending.api.events.LoanRepaid;
import io.peerlend.lending.api.events.LoanRepaymentReceived;
import io.peerlend.lending.api.events.LoanWithdrawn;
import io.peerlend.lending.api.events.OfferFundsReleased;
import io.peerlend.lending.ledger.domain.Postings;
import io.peerlend.lending.loans.domain.ServicingPolicy;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One world of the model-checked marketplace, as the model sees it: plain Java that knows nothing of the production
 * postings or schedules. Its own lenders, markets and loans; the money the test bank moved for it; each lender's cash
 * and the money set aside for their offers; each loan's parts with each part's own annuity at its lender's rate. It
 * adopts the market's decisions (which offers fund a loan, checked to be possible) and the bank's (settle or
 * decline), and predicts the rest: each whole instalment's payment to each part, a cooling-off withdrawal's.
 */
final class MarketplaceModel {

    private static final int FEE_BPS = ServicingPolicy.UK.servicingFeeBps();

    /** A loan: its parts with their own schedules at their own rates, and what each part has been paid back. */
    static final class ModelLoan {
        final String id;
        final List<LoanPartShare> parts;
        final long[] received;
        long[][] principal;
        long[][] interest;
        final Map<Integer, long[]> paidOf = new HashMap<>();
        boolean rescheduled;
        String status = "AWAITING_DISBURSEMENT";
        LocalDate disbursedOn;

        ModelLoan(String id, List<LoanPartShare> parts) {
            this.id = id;
            // the parts' owners change with secondary-market sales
            this.parts = new ArrayList<>(parts);
            this.received = new long[parts.size()];
        }
    }

    final String prefix;
    final List<String> markets;
    LocalDate today = LocalDate.parse("2027-01-04");
    long bank;
    boolean declineDeposit;
    final Map<String, Integer> declines = new HashMap<>();
    final Map<String, Long> cash = new HashMap<>();
    final Map<String, Map<String, Long>> offers = new HashMap<>();
    final Map<String, String> offerMarkets = new HashMap<>();
    final Map<String, Integer> offerRates = new HashMap<>();
    /** Each market's rates of the offers holding money, with how many hold each: the lowest is auto-invest's price. */
    private final Map<String, TreeMap<Integer, Integer>> openRates = new HashMap<>();
    /** Each lender's newest auto-invest rule. */
    final Map<String, AutoInvestSet> autoInvest = new HashMap<>();

    final Map<String, ModelLoan> loans = new LinkedHashMap<>();
    /** Open secondary-market listings by id. */
    final Map<String, Listing> listings = new LinkedHashMap<>();
    /** Money set aside for secondary-market purchases, per lender and purchase. */
    final Map<String, Map<String, Long>> reserved = new HashMap<>();

    record Listing(String loanId, String sellerId, List<Integer> parts) {}

    final List<String> problems = new ArrayList<>();
    final Map<String, Integer> counts = new TreeMap<>();

    MarketplaceModel(String prefix, List<String> markets) {
        this.prefix = prefix;
        this.markets = markets;
    }

    String lender(int l) {
        return prefix + "lender-" + l;
    }

    void count(String what) {
        counts.merge(what, 1, Integer::sum);
    }

    ModelLoan pick(int pick, String status) {
        List<ModelLoan> candidates =
                loans.values().stream().filter(l -> l.status.equals(status)).toList();
        return candidates.isEmpty() ? null : candidates.get(pick % candidates.size());
    }

    long active() {
        return loans.values().stream().filter(l -> l.status.equals("ACTIVE")).count();
    }

    /** The borrowers whose exposure exists (it is made by their first acceptance). */
    final Set<String> exposed = new HashSet<>();
    /** Each loan's borrower. */
    final Map<String, String> borrowers = new HashMap<>();

    String borrower(int b) {
        return prefix + "borrower-" + b;
    }

    /** Each borrower's loans that may still be open (one that has ended is dropped when next looked at). */
    private final Map<String, List<ModelLoan>> openLoans = new HashMap<>();

    /** What a borrower still owes of the principal of their loans not yet repaid, withdrawn, cancelled or defaulted. */
    long owedBy(String borrower) {
        long owed = 0;
        List<ModelLoan> open = openLoans.computeIfAbsent(borrower, b -> new ArrayList<>());
        // an ended loan never opens again: dropping it keeps this check (after every operation) as cheap as the
        // borrower's open loans, not all the loans they ever had
        open.removeIf(loan -> !loan.status.equals("ACTIVE") && !loan.status.equals("AWAITING_DISBURSEMENT"));
        for (ModelLoan loan : open) {
            for (int k = 0; k < loan.parts.size(); k++) {
                owed += loan.parts.get(k).amountMinor() - loan.received[k];
            }
        }
        return owed;
    }

    /**
     * The market matched a loan and it opened: the model takes the parts, which must be possible with the money it
     * knows of.
     */
    void matched(String loanId, String borrower, long amount, List<LoanPartShare> parts) {
        borrowers.put(loanId, borrower);
        long sum = 0;
        for (LoanPartShare part : parts) {
            long set = offers.getOrDefault(part.lenderId(), Map.of()).getOrDefault(part.offerId(), 0L);
            if (part.amountMinor() > set) {
                problems.add("loan " + loanId + " took " + part.amountMinor() + " from offer " + part.offerId()
                        + " which holds " + set);
            }
            held(part.lenderId(), part.offerId(), -part.amountMinor());
            sum += part.amountMinor();
        }
        if (sum != amount) {
            problems.add("loan " + loanId + " parts sum to " + sum + ", not " + amount);
        }
        ModelLoan loan = new ModelLoan(loanId, parts);
        loans.put(loanId, loan);
        openLoans.computeIfAbsent(borrower, b -> new ArrayList<>()).add(loan);
    }

    /** Whether the lender owns a part of the loan with principal still outstanding. */
    boolean owns(ModelLoan loan, String lender) {
        for (int k = 0; k < loan.parts.size(); k++) {
            if (loan.parts.get(k).lenderId().equals(lender) && loan.parts.get(k).amountMinor() > loan.received[k]) {
                return true;
            }
        }
        return false;
    }

    /** The principal outstanding of the loan's parts {@code parts}, by the model. */
    private long outstanding(ModelLoan loan, List<Integer> parts) {
        return parts.stream()
                .mapToLong(k -> loan.parts.get(k).amountMinor() - loan.received[k])
                .sum();
    }

    private void listed(LoanPartListed l) {
        ModelLoan loan = loans.get(l.loanId());
        count("part listed");
        for (int k : l.parts()) {
            if (!loan.parts.get(k).lenderId().equals(l.sellerId())) {
                problems.add(l.loanId() + " part " + k + " listed by " + l.sellerId() + ", owned by "
                        + loan.parts.get(k).lenderId());
            }
        }
        if (outstanding(loan, l.parts()) != l.principalMinor()) {
            problems.add(l.listingId() + " listed " + l.principalMinor() + "; its parts have "
                    + outstanding(loan, l.parts()) + " outstanding");
        }
        listings.put(l.listingId(), new Listing(l.loanId(), l.sellerId(), l.parts()));
    }

    /** A sale: the day's figures add up, the seller owned what was sold, and from now the buyer owns it. */
    private void transferred(LoanPartTransferred t) {
        ModelLoan loan = loans.get(t.loanId());
        count("part sold");
        listings.remove(t.listingId());
        long principal = outstanding(loan, t.parts());
        long fee = BigDecimal.valueOf(t.principalMinor() + t.premiumMinor())
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_EVEN)
                .longValueExact();
        if (principal != t.principalMinor()
                || t.priceMinor() != t.principalMinor() + t.premiumMinor() + t.accruedInterestMinor()
                || t.feeMinor() != fee
                || t.accruedInterestMinor() < 0) {
            problems.add(t.listingId() + " sold as " + t + "; its parts have " + principal + " outstanding and the "
                    + "fee would be " + fee);
        }
        for (int k : t.parts()) {
            LoanPartShare was = loan.parts.get(k);
            if (!was.lenderId().equals(t.sellerId())) {
                problems.add(t.loanId() + " part " + k + " sold by " + t.sellerId() + ", owned by " + was.lenderId());
            }
            loan.parts.set(k, new LoanPartShare(t.buyerId(), was.offerId(), was.amountMinor(), was.rateBps()));
        }
    }

    private void reserve(String lender, String purchase, long amount) {
        cash.merge(lender, -amount, Long::sum);
        reserved.computeIfAbsent(lender, l -> new HashMap<>()).merge(purchase, amount, Long::sum);
    }

    /** An event this world's operations caused, as the model follows it. */
    void on(Object event) {
        if (event instanceof LoanDisbursed d) {
            disbursed(d);
        } else if (event instanceof LoanRepaymentReceived r) {
            received(r);
        } else if (event instanceof LoanWithdrawn w) {
            withdrawn(w);
        } else if (event instanceof DefaultCovered c) {
            count("fund cover");
            credit(loans.get(c.loanId()), c.distributions(), "cover");
        } else if (event instanceof LoanCancelled c) {
            count("payout cancelled");
            credit(loans.get(c.loanId()), c.refunds(), "cancel");
        } else if (event instanceof LoanDefaulted d) {
            count("default");
            loans.get(d.loanId()).status = "DEFAULTED";
        } else if (event instanceof LoanRepaid r) {
            count("loan repaid");
            repaid(loans.get(r.loanId()));
        } else if (event instanceof LoanQuoted) {
            count("application quoted");
        } else if (event instanceof LoanNotQuoted) {
            count("application not quoted (market too thin)");
        } else if (event instanceof BorrowingCapReached c) {
            count("borrowing cap reached");
            exposed.add(c.borrowerId());
        } else if (event instanceof BorrowingReserved r) {
            exposed.add(r.borrowerId());
        } else if (event instanceof LoanFunded) {
            count("application funded");
        } else if (event instanceof LoanNotFunded) {
            count("application not funded");
        } else if (event instanceof AutoInvestSet a) {
            autoInvest.put(a.lenderId(), a);
        } else if (event instanceof FundsCommittedToOffer f) {
            if (f.offerId().startsWith("auto:")) {
                autoInvested(f);
            }
            offerRates.put(f.offerId(), f.rateBps());
            offerMarkets.put(f.offerId(), f.marketId());
            cash.merge(f.lenderId(), -f.amountMinor(), Long::sum);
            held(f.lenderId(), f.offerId(), f.amountMinor());
        } else if (event instanceof OfferFundsReleased f) {
            cash.merge(f.lenderId(), f.amountMinor(), Long::sum);
            held(f.lenderId(), f.offerId(), -f.amountMinor());
        } else if (event instanceof LoanPartListed l) {
            listed(l);
        } else if (event instanceof LoanPartListingCancelled c) {
            count("listing withdrawn");
            listings.remove(c.listingId());
        } else if (event instanceof LoanPartTransferred t) {
            transferred(t);
        } else if (event instanceof LoanPartPurchaseReserved r) {
            reserve(r.lenderId(), r.purchaseId(), r.amountMinor());
        } else if (event instanceof LoanPartPurchaseReleased r) {
            reserve(r.lenderId(), r.purchaseId(), -r.amountMinor());
        } else if (event instanceof LoanPartBought b) {
            // the price leaves the lender's cash in the journal: it is no longer set aside
            reserved.computeIfAbsent(b.lenderId(), l -> new HashMap<>())
                    .merge(b.purchaseId(), -b.priceMinor(), Long::sum);
        } else if (event instanceof LoanPartSold s) {
            cash.merge(s.lenderId(), s.priceMinor() - s.feeMinor(), Long::sum);
        } else if (event instanceof LateFeeCharged) {
            count("late fee");
        } else if (event instanceof CollectionFailed) {
            count("collection declined");
        }
    }

    private void disbursed(LoanDisbursed d) {
        ModelLoan loan = loans.get(d.loanId());
        loan.status = "ACTIVE";
        loan.disbursedOn = d.disbursedOn();
        int term = d.schedule().size();
        loan.principal = new long[loan.parts.size()][];
        loan.interest = new long[loan.parts.size()][];
        for (int k = 0; k < loan.parts.size(); k++) {
            long[][] own = annuity(
                    loan.parts.get(k).amountMinor(),
                    BigDecimal.valueOf(loan.parts.get(k).rateBps(), 2),
                    term);
            loan.principal[k] = own[0];
            loan.interest[k] = own[1];
        }
        for (int n = 0; n < term; n++) {
            long p = 0;
            long i = 0;
            for (int k = 0; k < loan.parts.size(); k++) {
                p += loan.principal[k][n];
                i += loan.interest[k][n];
            }
            if (d.schedule().get(n).principalMinor() != p || d.schedule().get(n).interestMinor() != i) {
                problems.add(loan.id + " instalment " + (n + 1) + " is "
                        + d.schedule().get(n) + "; the parts' own instalments sum to principal " + p + " and interest "
                        + i);
            }
        }
    }

    private void received(LoanRepaymentReceived r) {
        ModelLoan loan = loans.get(r.loanId());
        count("receipt " + r.kind());
        if (r.amountMinor() == 1) {
            count("repayment of a cent");
        }
        // a whole instalment collected on its own, on a schedule never re-agreed: each part gets its own instalment
        if ("SCHEDULED".equals(r.kind()) && !loan.rescheduled && r.applied().size() == 1) {
            var applied = r.applied().get(0);
            int n = applied.number() - 1;
            long[] before = loan.paidOf.getOrDefault(n, new long[2]);
            long interest = 0;
            long principal = 0;
            for (int k = 0; k < loan.parts.size(); k++) {
                interest += loan.interest[k][n];
                principal += loan.principal[k][n];
            }
            if (before[0] == 0
                    && before[1] == 0
                    && applied.interestMinor() == interest
                    && applied.principalMinor() == principal) {
                count("whole instalment checked part by part");
                for (int k = 0; k < loan.parts.size(); k++) {
                    long own = loan.interest[k][n];
                    PartPayment expected = new PartPayment(
                            loan.parts.get(k).lenderId(), loan.principal[k][n], own - own * FEE_BPS / 10_000);
                    if (!r.distributions().get(k).equals(expected)) {
                        problems.add(loan.id + " instalment " + (n + 1) + " paid part " + k + " "
                                + r.distributions().get(k) + "; its own instalment at its rate is " + expected);
                    }
                }
            }
        }
        r.applied().forEach(a -> {
            long[] paid = loan.paidOf.computeIfAbsent(a.number() - 1, k -> new long[2]);
            paid[0] += a.interestMinor();
            paid[1] += a.principalMinor();
        });
        if (r.rescheduled() != null) {
            loan.rescheduled = true;
        }
        credit(loan, r.distributions(), r.kind());
    }

    private void withdrawn(LoanWithdrawn w) {
        ModelLoan loan = loans.get(w.loanId());
        count("cooling-off withdrawal");
        for (int k = 0; k < loan.parts.size(); k++) {
            LoanPartShare part = loan.parts.get(k);
            long interest = byTheDay(
                    part.amountMinor(), BigDecimal.valueOf(part.rateBps(), 2), loan.disbursedOn, w.withdrawnOn());
            PartPayment expected =
                    new PartPayment(part.lenderId(), part.amountMinor(), interest - interest * FEE_BPS / 10_000);
            if (!w.distributions().get(k).equals(expected)) {
                problems.add(loan.id + " withdrawn: part " + k + " got "
                        + w.distributions().get(k) + "; its own rate for the days is " + expected);
            }
        }
        loan.status = "WITHDRAWN";
        credit(loan, w.distributions(), "withdrawal");
    }

    private void credit(ModelLoan loan, List<PartPayment> payments, String why) {
        for (int k = 0; k < payments.size(); k++) {
            PartPayment p = payments.get(k);
            if (p.principalMinor() < 0 || p.interestMinor() < 0) {
                problems.add(loan.id + " " + why + " paid part " + k + " a negative amount: " + p);
            }
            loan.received[k] += p.principalMinor();
            if (loan.received[k] > loan.parts.get(k).amountMinor()) {
                problems.add(loan.id + " part " + k + " has been paid " + loan.received[k] + " of principal, more "
                        + "than the " + loan.parts.get(k).amountMinor() + " it lent");
            }
            cash.merge(p.lenderId(), p.principalMinor() + p.interestMinor(), Long::sum);
        }
    }

    private void repaid(ModelLoan loan) {
        loan.status = "REPAID";
        for (int k = 0; k < loan.parts.size(); k++) {
            if (loan.received[k] != loan.parts.get(k).amountMinor()) {
                problems.add(loan.id + " repaid, but part " + k + " got " + loan.received[k] + " of its "
                        + loan.parts.get(k).amountMinor());
            }
        }
    }

    /**
     * Money set aside for an offer changes by {@code delta}; an offer that starts or stops holding money joins or
     * leaves its market's open rates.
     */
    private void held(String lender, String offerId, long delta) {
        long before = offers.getOrDefault(lender, Map.of()).getOrDefault(offerId, 0L);
        long after = before + delta;
        offers.computeIfAbsent(lender, k -> new HashMap<>()).put(offerId, after);
        TreeMap<Integer, Integer> rates = openRates.computeIfAbsent(offerMarkets.get(offerId), k -> new TreeMap<>());
        int rate = offerRates.get(offerId);
        if (before <= 0 && after > 0) {
            rates.merge(rate, 1, Integer::sum);
        } else if (before > 0 && after <= 0) {
            rates.computeIfPresent(rate, (r, n) -> n == 1 ? null : n - 1);
        }
    }

    /** Each of the world's markets' lowest rate among offers still holding money. */
    Map<String, Integer> lowestRates() {
        Map<String, Integer> lowest = new HashMap<>();
        openRates.forEach((market, rates) -> {
            if (!rates.isEmpty()) {
                lowest.put(market, rates.firstKey());
            }
        });
        return lowest;
    }

    /**
     * An offer auto-invest made: the lender's rule is on, the market one of its targets, the rate within its bounds,
     * the offer no smaller than a part may be and no larger than its per-loan limit allows; repayments reinvested only
     * if the lender chose that. What it may take from the lender's cash is checked with every other offer's.
     */
    private void autoInvested(FundsCommittedToOffer f) {
        count("auto-invest offer");
        AutoInvestSet rule = autoInvest.get(f.lenderId());
        long ceiling = rule == null || rule.maxPerLoanMinor() == 0 ? Long.MAX_VALUE : rule.maxPerLoanMinor() * 10;
        if (rule == null
                || !rule.enabled()
                || !rule.marketIds().contains(f.marketId())
                || f.rateBps() < rule.minRateBps()
                || f.rateBps() > rule.maxRateBps()
                || f.amountMinor() < 10_00
                || f.amountMinor() > ceiling
                || (f.offerId().startsWith("auto:receipt:") && !rule.reinvestRepayments())) {
            problems.add("auto-invest offered " + f + " under the rule " + rule);
        }
    }

    /** After each of this world's operations: its findings, and each of its lenders' cash in the journal. */
    void check(String when, Map<String, Long> journal) {
        if (!problems.isEmpty()) {
            throw new AssertionError(when + ": " + problems);
        }
        for (int l = 0; l < ModelOperations.LENDERS; l++) {
            String lender = lender(l);
            long available = cash.getOrDefault(lender, 0L);
            long committed = offers.getOrDefault(lender, Map.of()).values().stream()
                            .mapToLong(Long::longValue)
                            .sum()
                    + reserved.getOrDefault(lender, Map.of()).values().stream()
                            .mapToLong(Long::longValue)
                            .sum();
            long inJournal = -journal.getOrDefault(Postings.lenderCash(lender), 0L);
            if (available < 0 || inJournal != available + committed) {
                throw new AssertionError(when + ": " + lender + " has " + inJournal + " in the journal; the model "
                        + available + " available and " + committed + " in offers");
            }
        }
    }

    /** Annual percent → each month's principal and interest: P·r/(1−(1+r)^−n) half-even, interest half-even. */
    static long[][] annuity(long amount, BigDecimal annualPercent, int months) {
        BigDecimal r = annualPercent.divide(BigDecimal.valueOf(1200), MathContext.DECIMAL128);
        long payment = BigDecimal.valueOf(amount)
                .multiply(r, MathContext.DECIMAL128)
                .divide(
                        BigDecimal.ONE.subtract(BigDecimal.ONE.divide(
                                BigDecimal.ONE.add(r).pow(months, MathContext.DECIMAL128), MathContext.DECIMAL128)),
                        MathContext.DECIMAL128)
                .setScale(0, RoundingMode.HALF_EVEN)
                .longValueExact();
        long[] principal = new long[months];
        long[] interest = new long[months];
        long balance = amount;
        for (int n = 0; n < months; n++) {
            interest[n] = BigDecimal.valueOf(balance)
                    .multiply(r, MathContext.DECIMAL128)
                    .setScale(0, RoundingMode.HALF_EVEN)
                    .longValueExact();
            principal[n] = n == months - 1 ? balance : Math.min(balance, Math.max(0, payment - interest[n]));
            balance -= principal[n];
        }
        return new long[][] {principal, interest};
    }

    /** Interest for the days held, actual/365, half-even. */
    static long byTheDay(long amount, BigDecimal annualPercent, LocalDate from, LocalDate to) {
        return BigDecimal.valueOf(amount)
                .multiply(annualPercent)
                .multiply(BigDecimal.valueOf(ChronoUnit.DAYS.between(from, to)))
                .divide(BigDecimal.valueOf(36_500), MathContext.DECIMAL128)
                .setScale(0, RoundingMode.HALF_EVEN)
                .longValueExact();
    }
}
