package io.peerlend.lending.accounts.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.peerlend.lending.api.LenderAccounts;
import io.peerlend.lending.api.commands.AutoInvest;
import io.peerlend.lending.api.commands.CommitToOffer;
import io.peerlend.lending.api.commands.ConfirmLoanPartPayout;
import io.peerlend.lending.api.commands.LendFromOffer;
import io.peerlend.lending.api.commands.LiftLenderRestriction;
import io.peerlend.lending.api.commands.ListOpenOffers;
import io.peerlend.lending.api.commands.ReceiveFromLoan;
import io.peerlend.lending.api.commands.ReceiveSaleProceeds;
import io.peerlend.lending.api.commands.ReleaseOfferFunds;
import io.peerlend.lending.api.commands.RequestDeposit;
import io.peerlend.lending.api.commands.RequestWithdrawal;
import io.peerlend.lending.api.commands.ReserveForPurchase;
import io.peerlend.lending.api.commands.RestrictLender;
import io.peerlend.lending.api.commands.SetAutoInvest;
import io.peerlend.lending.api.commands.SetInvestmentLimit;
import io.peerlend.lending.api.commands.SettlePayment;
import io.peerlend.lending.api.commands.SettlePurchase;
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
import io.peerlend.lending.api.events.LoanPartBought;
import io.peerlend.lending.api.events.LoanPartPayoutStopped;
import io.peerlend.lending.api.events.LoanPartPurchaseReleased;
import io.peerlend.lending.api.events.LoanPartPurchaseReserved;
import io.peerlend.lending.api.events.LoanPartSold;
import io.peerlend.lending.api.events.OfferFundsReleased;
import io.peerlend.lending.api.events.ReinvestmentWithheld;
import io.peerlend.lending.api.events.WithdrawalFailed;
import io.peerlend.lending.api.events.WithdrawalRequested;
import io.peerlend.lending.product.Amounts;
import io.peerlend.lending.product.LoanPartPolicy;
import io.peerlend.lending.product.RuleBroken;
import io.peerlend.lending.product.Snapshotted;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * A lender's money on the platform. Money only arrives or leaves through the payment provider (a deposit counts once
 * it settles; a withdrawal leaves the available balance at once and is paid out asynchronously), never by editing a
 * balance. Every request carries its idempotency key as its reference: a retry returns the first answer.
 */
public class LenderAccount implements Snapshotted {

    public enum Kind {
        DEPOSIT,
        WITHDRAWAL
    }

    public enum Status {
        PENDING,
        SETTLED,
        FAILED
    }

    public record Commitment(Instant at, long amountMinor, long releasedMinor) {}

    public record Payment(String reference, Kind kind, long amountMinor, String currency, Status status) {
        Payment with(Status newStatus) {
            return new Payment(reference, kind, amountMinor, currency, newStatus);
        }
    }

    @AggregateIdentifier
    private String accountId;

    private String lenderId;
    private String currency;
    private long available;
    private final Map<String, Payment> payments = new HashMap<>();
    /** Money set aside for offers and purchases, and the 12 months of commitments the limit counts. */
    private final Commitments commitments = new Commitments();
    /** What the lender's category lets them commit in 12 months: -1 for no limit, null while none is recorded. */
    private Long investmentLimit;
    /** Why the KYC service stopped this customer lending (null: not stopped); {@code frozen}: no withdrawals either. */
    private String restriction;

    private boolean frozen;
    private final Set<String> withheld = new HashSet<>();
    /** Loans whose payout this account stopped (a freeze after the match). */
    private final Set<String> payoutsStopped = new HashSet<>();

    private AutoInvestSet autoInvest;
    /** The last receipt credited per loan. */
    private final Map<String, Integer> receipts = new HashMap<>();
    /** Secondary-market purchases and sales. */
    private final Trades trades = new Trades();

    /** How long after an offer is used up a retried lend from it is still recognised (retries come within minutes). */
    static final Duration RETRIES_ANSWERED_FOR = Duration.ofDays(30);

    protected LenderAccount() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Payment handle(RequestDeposit c, Clock clock, LoanPartPolicy parts) {
        Payment earlier = repeated(c.depositId(), Kind.DEPOSIT, c.amountMinor());
        if (earlier != null) {
            return earlier;
        }
        if (c.amountMinor() < parts.minimumPart()) {
            throw new AccountRuleBroken(
                    "amount", "the smallest deposit is " + Amounts.format(parts.minimumPart(), c.currency()));
        }
        apply(new DepositRequested(c.lenderId(), c.depositId(), c.amountMinor(), c.currency(), clock.instant()));
        return payments.get(c.depositId());
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Payment handle(RequestWithdrawal c, Clock clock) {
        Payment earlier = repeated(c.withdrawalId(), Kind.WITHDRAWAL, c.amountMinor());
        if (earlier != null) {
            return earlier;
        }
        if (c.amountMinor() <= 0) {
            throw new AccountRuleBroken("amount", "must be more than zero");
        }
        if (frozen) {
            throw new AccountRuleBroken(null, "this account is frozen (" + restriction + "): no money can leave it");
        }
        if (c.amountMinor() > available) {
            throw new AccountRuleBroken("amount", "more than the available balance");
        }
        apply(new WithdrawalRequested(c.lenderId(), c.withdrawalId(), c.amountMinor(), c.currency(), clock.instant()));
        return payments.get(c.withdrawalId());
    }

    /** The provider's outcome; only a pending payment changes, so redelivered webhooks are harmless. */
    @CommandHandler
    void handle(SettlePayment c, Clock clock) {
        Payment p = payments.get(c.reference());
        if (p == null || p.status() != Status.PENDING) {
            return;
        }
        if (p.kind() == Kind.DEPOSIT) {
            apply(
                    c.settled()
                            ? new LenderFundsDeposited(
                                    lenderId, p.reference(), p.amountMinor(), p.currency(), clock.instant(), c.payer())
                            : new DepositFailed(
                                    lenderId,
                                    p.reference(),
                                    p.amountMinor(),
                                    p.currency(),
                                    c.reason(),
                                    clock.instant()));
        } else {
            apply(
                    c.settled()
                            ? new LenderFundsWithdrawn(
                                    lenderId, p.reference(), p.amountMinor(), p.currency(), clock.instant())
                            : new WithdrawalFailed(
                                    lenderId,
                                    p.reference(),
                                    p.amountMinor(),
                                    p.currency(),
                                    c.reason(),
                                    clock.instant()));
        }
    }

    /** Sets money aside for an offer; a repeated offer id is the same offer. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(CommitToOffer c, Clock clock, LoanPartPolicy parts) {
        String terms = Commitments.terms(c.marketId(), c.amountMinor(), c.rateBps());
        String earlier = commitments.termsOf(c.offerId());
        if (earlier != null) {
            if (!earlier.equals(terms)) {
                throw new AccountRuleBroken(
                        RuleBroken.IDEMPOTENCY_KEY,
                        "this key placed an offer in " + earlier + "; a different offer needs a new key");
            }
            return commitments.heldFor(c.offerId());
        }
        if (restriction != null) {
            throw new AccountRuleBroken(null, "you may not lend at the moment (" + restriction + ")");
        }
        if (c.amountMinor() < parts.minimumPart()) {
            throw new AccountRuleBroken(
                    "amount", "the smallest offer is " + Amounts.format(parts.minimumPart(), c.currency()));
        }
        if (c.amountMinor() > available) {
            throw new AccountRuleBroken("amount", "more than the available balance");
        }
        checkLimit(c.amountMinor(), c.currency(), clock);
        apply(new FundsCommittedToOffer(
                c.lenderId(), c.offerId(), c.marketId(), c.amountMinor(), c.rateBps(), c.currency(), clock.instant()));
        return c.amountMinor();
    }

    /** The lender's category, as declared: every later commitment is checked against its limit here. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetInvestmentLimit c, Clock clock) {
        if (investmentLimit != null && investmentLimit == c.limitMinor()) {
            return;
        }
        apply(new InvestmentLimitSet(c.lenderId(), c.category(), c.limitMinor(), clock.instant()));
    }

    /** A restricted investor's 10% in 12 months: offers and secondary-market purchases alike. */
    private void checkLimit(long amount, String currency, Clock clock) {
        if (investmentLimit != null && investmentLimit >= 0) {
            long used = commitments.usedInTheYearTo(clock.instant());
            if (used + amount > investmentLimit) {
                throw new AccountRuleBroken(
                        "amount",
                        "a restricted investor may commit at most "
                                + Amounts.format(investmentLimit, currency)
                                + " in 12 months (10% of net investable assets); "
                                + Amounts.format(used, currency)
                                + " is committed already");
            }
        }
    }

    /**
     * Sets a buyer's money aside for a secondary-market purchase, under an offer's rules; a retry with the same
     * purchase id is the same reservation, and the same id for another listing is refused.
     * @return the amount set aside
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(ReserveForPurchase c, Clock clock) {
        Trades.Reservation earlier = trades.reservation(c.purchaseId());
        if (earlier != null) {
            if (!earlier.listingId().equals(c.listingId())) {
                throw new AccountRuleBroken(
                        RuleBroken.IDEMPOTENCY_KEY,
                        "this key bought listing " + earlier.listingId() + "; another purchase needs a new key");
            }
            return earlier.amountMinor();
        }
        if (restriction != null) {
            throw new AccountRuleBroken(null, "you may not lend at the moment (" + restriction + ")");
        }
        if (c.amountMinor() <= 0 || c.amountMinor() > available) {
            throw new AccountRuleBroken("amount", "more than the available balance");
        }
        checkLimit(c.amountMinor(), c.currency(), clock);
        apply(new LoanPartPurchaseReserved(
                c.lenderId(),
                c.purchaseId(),
                c.listingId(),
                c.loanId(),
                c.amountMinor(),
                c.currency(),
                clock.instant()));
        return c.amountMinor();
    }

    /** The buyer's side of a sale (or of a purchase that failed): once per purchase. */
    @CommandHandler
    void handle(SettlePurchase c, Clock clock) {
        Trades.Reservation r = trades.reservation(c.purchaseId());
        if (r == null || trades.settled(c.purchaseId())) {
            return;
        }
        if (!c.bought()) {
            apply(new LoanPartPurchaseReleased(
                    lenderId, c.purchaseId(), r.amountMinor(), currency, c.reason(), clock.instant()));
            return;
        }
        if (c.priceMinor() > r.amountMinor()) {
            throw new AccountRuleBroken(null, "the price is above what was set aside for this purchase");
        }
        apply(new LoanPartBought(
                lenderId,
                c.purchaseId(),
                c.listingId(),
                c.loanId(),
                c.principalMinor(),
                c.priceMinor(),
                currency,
                clock.instant()));
        if (r.amountMinor() > c.priceMinor()) {
            apply(new LoanPartPurchaseReleased(
                    lenderId,
                    c.purchaseId(),
                    r.amountMinor() - c.priceMinor(),
                    currency,
                    "the price on the day of sale was lower than set aside",
                    clock.instant()));
        }
    }

    /** The seller's proceeds (the price less the sale fee): once per listing. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ReceiveSaleProceeds c, Clock clock) {
        if (trades.sold(c.listingId())) {
            return;
        }
        apply(new LoanPartSold(
                c.lenderId(),
                c.listingId(),
                c.purchaseId(),
                c.loanId(),
                c.principalMinor(),
                c.priceMinor(),
                c.feeMinor(),
                c.currency(),
                clock.instant()));
    }

    /** The KYC service stopped this customer lending; a freeze (sanctions) also stops money leaving. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RestrictLender c, Clock clock) {
        if (c.reason().equals(restriction) && c.freeze() == frozen) {
            return;
        }
        apply(new LenderRestricted(c.lenderId(), c.freeze() || frozen, c.reason(), clock.instant()));
    }

    @CommandHandler
    void handle(LiftLenderRestriction c, Clock clock) {
        if (restriction != null) {
            apply(new LenderRestrictionLifted(lenderId, c.reason(), clock.instant()));
        }
    }

    /** The offers still holding money, by id, with their markets. */
    @CommandHandler
    Map<String, String> handle(ListOpenOffers c) {
        return commitments.open();
    }

    /** Gives an offer's unused money back, at most what is still set aside for it; once. */
    @CommandHandler
    void handle(ReleaseOfferFunds c, Clock clock) {
        long amount = Math.min(commitments.heldFor(c.offerId()), c.amountMinor());
        if (amount > 0) {
            apply(new OfferFundsReleased(lenderId, c.offerId(), amount, currency, c.reason(), clock.instant()));
        }
    }

    /** Money set aside for an offer becomes a loan part; once per offer and loan. */
    @CommandHandler
    void handle(LendFromOffer c, Clock clock) {
        if (commitments.hasLent(c.offerId(), c.loanId())) {
            return;
        }
        long held = commitments.heldFor(c.offerId());
        if (c.amountMinor() > held) {
            throw new AccountRuleBroken("amount", "the offer holds " + held + ", not " + c.amountMinor());
        }
        apply(new LenderFundsLent(
                lenderId,
                c.loanId(),
                c.amountMinor(),
                currency,
                clock.instant(),
                c.offerId(),
                c.rateBps() > 0 ? c.rateBps() : null));
    }

    /**
     * Just before a loan is paid out: an asset freeze that came after the market matched this lender's offer stops
     * their money going to the borrower (and so the payout). A suspension alone does not: the money was lent before
     * it, and only new lending is stopped.
     */
    @CommandHandler
    boolean handle(ConfirmLoanPartPayout c, Clock clock) {
        if (!frozen && !payoutsStopped.contains(c.loanId())) {
            return true;
        }
        if (!payoutsStopped.contains(c.loanId())) {
            apply(new LoanPartPayoutStopped(lenderId, c.loanId(), restriction, clock.instant()));
        }
        return false;
    }

    /** The auto-invest rule; the first one also opens the account. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetAutoInvest c, Clock clock) {
        if (!c.guidanceFloor() && c.minRateBps() > c.maxRateBps()) {
            throw new AccountRuleBroken("minRate", "must not be above maxRate");
        }
        apply(new AutoInvestSet(
                c.lenderId(),
                c.enabled(),
                c.marketIds(),
                c.guidanceFloor() ? 0 : c.minRateBps(),
                c.maxRateBps(),
                c.maxPerLoanMinor(),
                c.reinvestRepayments(),
                clock.instant(),
                c.guidanceFloor()));
    }

    /**
     * Offers what is available by the rule (repayments only if the lender chose to reinvest them). Offer ids come from
     * the trigger, so a repeated trigger offers nothing twice.
     * @return the amount committed
     */
    @CommandHandler
    long handle(AutoInvest c, Clock clock, LoanPartPolicy parts) {
        if (autoInvest == null || !autoInvest.enabled() || (c.repayment() && !autoInvest.reinvestRepayments())) {
            return 0;
        }
        if (restriction != null) {
            if (!withheld.contains(c.trigger())) {
                apply(new ReinvestmentWithheld(lenderId, c.trigger(), available, restriction, clock.instant()));
            }
            return 0;
        }
        long investable = available;
        if (investmentLimit != null && investmentLimit >= 0) {
            investable =
                    Math.max(0, Math.min(available, investmentLimit - commitments.usedInTheYearTo(clock.instant())));
        }
        long total = 0;
        int k = 0;
        for (AutoInvestPlan.PlannedOffer offer : AutoInvestPlan.plan(
                autoInvest,
                investable,
                c.lowestRateBps(),
                c.partSharePerMille(),
                parts.minimumPart(),
                c.guidanceRateBps())) {
            String offerId = "auto:" + c.trigger() + ":" + k++;
            if (commitments.termsOf(offerId) == null) {
                apply(new FundsCommittedToOffer(
                        lenderId,
                        offerId,
                        offer.marketId(),
                        offer.amountMinor(),
                        offer.rateBps(),
                        currency,
                        clock.instant()));
                total += offer.amountMinor();
            }
        }
        return total;
    }

    /** A lender's share of a loan's receipt; receipts of one loan arrive in order, each once. */
    @CommandHandler
    void handle(ReceiveFromLoan c, Clock clock) {
        if (receipts.getOrDefault(c.loanId(), 0) >= c.receiptNo()) {
            return;
        }
        apply(new LenderFundsReceived(
                lenderId,
                c.loanId(),
                c.receiptNo(),
                c.principalMinor(),
                c.interestMinor(),
                c.kind(),
                c.currency(),
                clock.instant()));
    }

    private Payment repeated(String reference, Kind kind, long amount) {
        Payment earlier = payments.get(reference);
        if (earlier != null && (earlier.kind() != kind || earlier.amountMinor() != amount)) {
            throw new AccountRuleBroken(
                    RuleBroken.IDEMPOTENCY_KEY,
                    "this key was used for a " + earlier.kind().name().toLowerCase(Locale.ROOT) + " of "
                            + earlier.amountMinor()
                            + " minor units; a different request needs a new key");
        }
        return earlier;
    }

    @EventSourcingHandler
    void on(DepositRequested e) {
        lenderId = e.lenderId();
        currency = e.currency();
        accountId = LenderAccounts.idFor(e.lenderId());
        payments.put(
                e.depositId(), new Payment(e.depositId(), Kind.DEPOSIT, e.amountMinor(), e.currency(), Status.PENDING));
    }

    @EventSourcingHandler
    void on(FundsCommittedToOffer e) {
        lenderId = e.lenderId();
        accountId = LenderAccounts.idFor(e.lenderId());
        currency = e.currency();
        available -= e.amountMinor();
        commitments.offerCommitted(e.offerId(), e.marketId(), e.amountMinor(), e.rateBps(), e.committedAt());
    }

    @EventSourcingHandler
    void on(OfferFundsReleased e) {
        available += e.amountMinor();
        commitments.offerReleased(e.offerId(), e.amountMinor(), e.releasedAt());
    }

    @EventSourcingHandler
    void on(LenderFundsLent e) {
        commitments.lentFromOffer(e.offerId(), e.loanId(), e.amountMinor(), e.lentAt());
    }

    @EventSourcingHandler
    void on(LenderFundsDeposited e) {
        available += e.amountMinor();
        payments.computeIfPresent(e.paymentId(), (k, p) -> p.with(Status.SETTLED));
    }

    @EventSourcingHandler
    void on(DepositFailed e) {
        payments.computeIfPresent(e.depositId(), (k, p) -> p.with(Status.FAILED));
    }

    @EventSourcingHandler
    void on(WithdrawalRequested e) {
        lenderId = e.lenderId();
        accountId = LenderAccounts.idFor(e.lenderId());
        available -= e.amountMinor();
        payments.put(
                e.withdrawalId(),
                new Payment(e.withdrawalId(), Kind.WITHDRAWAL, e.amountMinor(), e.currency(), Status.PENDING));
    }

    @EventSourcingHandler
    void on(LenderFundsWithdrawn e) {
        payments.computeIfPresent(e.paymentId(), (k, p) -> p.with(Status.SETTLED));
    }

    @EventSourcingHandler
    void on(WithdrawalFailed e) {
        available += e.amountMinor();
        payments.computeIfPresent(e.withdrawalId(), (k, p) -> p.with(Status.FAILED));
    }

    @EventSourcingHandler
    void on(LenderRestricted e) {
        lenderId = e.lenderId();
        accountId = LenderAccounts.idFor(e.lenderId());
        restriction = e.reason();
        frozen = e.freeze();
    }

    @EventSourcingHandler
    void on(LenderRestrictionLifted e) {
        restriction = null;
        frozen = false;
    }

    @EventSourcingHandler
    void on(LoanPartPayoutStopped e) {
        payoutsStopped.add(e.loanId());
    }

    @EventSourcingHandler
    void on(ReinvestmentWithheld e) {
        withheld.add(e.trigger());
    }

    @EventSourcingHandler
    void on(InvestmentLimitSet e) {
        lenderId = e.lenderId();
        accountId = LenderAccounts.idFor(e.lenderId());
        investmentLimit = e.limitMinor();
    }

    @EventSourcingHandler
    void on(AutoInvestSet e) {
        lenderId = e.lenderId();
        accountId = LenderAccounts.idFor(e.lenderId());
        autoInvest = e;
    }

    @EventSourcingHandler
    void on(LenderFundsReceived e) {
        available += e.principalMinor() + e.interestMinor();
        receipts.put(e.loanId(), e.receiptNo());
    }

    @EventSourcingHandler
    void on(LoanPartPurchaseReserved e) {
        lenderId = e.lenderId();
        accountId = LenderAccounts.idFor(e.lenderId());
        currency = e.currency();
        available -= e.amountMinor();
        trades.reserved(e.purchaseId(), e.listingId(), e.amountMinor());
        commitments.purchaseReserved(e.purchaseId(), e.amountMinor(), e.reservedAt());
    }

    @EventSourcingHandler
    void on(LoanPartBought e) {
        trades.settle(e.purchaseId());
    }

    @EventSourcingHandler
    void on(LoanPartPurchaseReleased e) {
        available += e.amountMinor();
        commitments.returned(e.purchaseId(), e.amountMinor());
        trades.settle(e.purchaseId());
    }

    @EventSourcingHandler
    void on(LoanPartSold e) {
        lenderId = e.lenderId();
        accountId = LenderAccounts.idFor(e.lenderId());
        currency = e.currency();
        available += e.priceMinor() - e.feeMinor();
        trades.sell(e.listingId());
    }

    long available() {
        return available;
    }

    @Override
    public LenderAccountState snapshot() {
        return new LenderAccountState(
                accountId,
                lenderId,
                currency,
                available,
                Map.copyOf(payments),
                commitments.held(),
                commitments.terms(),
                commitments.markets(),
                commitments.recent(),
                investmentLimit,
                restriction,
                frozen,
                Set.copyOf(withheld),
                Set.copyOf(payoutsStopped),
                commitments.lent(),
                autoInvest,
                Map.copyOf(receipts),
                trades.state(),
                commitments.usedUp());
    }

    @EventSourcingHandler
    void on(LenderAccountState s) {
        accountId = s.accountId();
        lenderId = s.lenderId();
        currency = s.currency();
        available = s.available();
        refill(payments, s.payments());
        commitments.restore(s);
        investmentLimit = s.investmentLimit();
        restriction = s.restriction();
        frozen = s.frozen();
        refill(withheld, s.withheld());
        refill(payoutsStopped, s.payoutsStopped());
        autoInvest = s.autoInvest();
        refill(receipts, s.receipts());
        trades.restore(s.trades());
    }

    private static <K, V> void refill(Map<K, V> into, Map<K, V> from) {
        into.clear();
        into.putAll(from);
    }

    private static <T> void refill(Set<T> into, Set<T> from) {
        into.clear();
        into.addAll(from);
    }
}
